namespace Configurator.Domain.Catalogue;

/// <summary>A syntax error in a template snippet, at a line and column a person can find (both from 1).</summary>
public sealed record TextSyntaxError(int Line, int Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
