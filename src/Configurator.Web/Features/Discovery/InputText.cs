namespace Configurator.Web.Features.Discovery;

/// <summary>How discovery keeps free text a caller sent: without surrounding spaces, and empty rather than missing.</summary>
public static class InputText
{
    public static string Trimmed(this string? value) => value?.Trim() ?? "";
}
