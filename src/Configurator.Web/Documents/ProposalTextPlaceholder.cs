namespace Configurator.Web.Documents;

/// <summary>One value a proposal text may read, such as <c>{{ client.name }}</c>, and where its value comes from.</summary>
public sealed record ProposalTextPlaceholder(string Object, string Member, Func<ProposalTextData, string> Value)
{
    /// <summary>The placeholder as a product manager writes it.</summary>
    public string Text => $"{{{{ {Object}.{Member} }}}}";
}
