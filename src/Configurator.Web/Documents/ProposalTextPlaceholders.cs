using Configurator.Domain.Catalogue;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Configurator.Web.Documents;

/// <summary>
/// The one list of what a proposal text may read. The renderer builds a text's values from it (for the
/// live preview and for documents alike), the check refuses anything else, and the editor's hint lists it.
/// </summary>
public static class ProposalTextPlaceholders
{
    public static readonly IReadOnlyList<ProposalTextPlaceholder> All =
    [
        new("client", "name", d => d.ClientName),
        new("client", "industry", d => d.Industry),
        new("client", "region", d => d.Region),
        new("opportunity", "name", d => d.OpportunityName),
        new("opportunity", "currency", d => d.Currency),
    ];

    private static readonly ILookup<string, string> _members = All.ToLookup(p => p.Object, p => p.Member, StringComparer.Ordinal);

    /// <summary>The values a text sees for this client: explicit script objects, never reflection over app types.</summary>
    public static ScriptObject Globals(ProposalTextData data)
    {
        var globals = new ScriptObject();
        foreach (var group in All.GroupBy(p => p.Object, StringComparer.Ordinal))
        {
            var members = new ScriptObject();
            foreach (var placeholder in group)
            {
                members[placeholder.Member] = placeholder.Value(data);
            }
            globals[group.Key] = members;
        }
        return globals;
    }

    /// <summary>
    /// Every member of client or opportunity the text names that is not a placeholder, wherever it is
    /// (also in a branch the sample data would not take), at its line and column.
    /// </summary>
    public static IReadOnlyList<TextSyntaxError> UnknownMembers(ScriptNode? page)
    {
        var errors = new List<TextSyntaxError>();
        Walk(page, node =>
        {
            if (node is ScriptMemberExpression { Target: ScriptVariableGlobal target, Member: ScriptVariable member }
                && _members.Contains(target.Name)
                && !_members[target.Name].Contains(member.Name, StringComparer.Ordinal))
            {
                errors.Add(new TextSyntaxError(member.Span.Start.Line + 1, member.Span.Start.Column + 1,
                    UnknownMessage(target.Name, member.Name)));
            }
        });
        return errors;
    }

    private static string UnknownMessage(string target, string member) =>
        $"{{{{ {target}.{member} }}}} is not a placeholder. Use one of {string.Join(", ", _members[target].Select(m => $"{{{{ {target}.{m} }}}}"))}.";

    private static void Walk(ScriptNode? node, Action<ScriptNode> visit)
    {
        if (node is null)
        {
            return;
        }
        visit(node);
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            Walk(node.GetChildren(i), visit);
        }
    }
}
