using System.Globalization;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// Sentences a proposal stored in English when they happened (a history comment the proposal wrote itself,
/// why a line is there), said again in the page's language from their parts. What people typed stays as typed.
/// </summary>
public sealed partial class ProposalRecordWords(IStringLocalizer<Text> T)
{
    private static bool English => Languages.Current == Languages.English;

    /// <summary>
    /// A history comment: what people wrote stays as written; the sentences the proposal writes itself
    /// (a skipped review, a change that sent it back to draft, a revision sent) in the page's words.
    /// </summary>
    public string HistoryComment(string comment)
    {
        const string sentPrefix = "Revision ";
        if (comment.StartsWith(sentPrefix, StringComparison.Ordinal) && comment.IndexOf(" sent.", StringComparison.Ordinal) is var end and > 0
            && int.TryParse(comment.AsSpan(sentPrefix.Length, end - sentPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            var rest = comment[(end + " sent.".Length)..].Trim();
            var sent = T["Revision {0} sent.", number].Value;
            return TextExtensions.Sentences(sent, rest);
        }
        return comment switch
        {
            "No approval needed: every discount is within its limits." => T["No approval needed: every discount is within its limits."],
            "Changed after approval: back to draft, to be approved again." => T["Changed after approval: back to draft, to be approved again."],
            "Changed during review: back to draft, to be submitted again." => T["Changed during review: back to draft, to be submitted again."],
            _ => comment,
        };
    }

    /// <summary>
    /// Why a line is there. The reason is stored in English when the line is made; another language says it
    /// again from its parts (the line's role, the pain points the item answers now, the item that requires it).
    /// </summary>
    public string LineReason(string reason, ItemSnapshot item, IReadOnlyList<ClientPain> pains)
    {
        if (English || reason.Length == 0)
        {
            return reason;
        }
        var role = reason.StartsWith("Base standard product", StringComparison.Ordinal) ? "base"
            : reason.StartsWith("Service package", StringComparison.Ordinal) ? "service"
            : reason.StartsWith("Added by presales", StringComparison.Ordinal) ? "presales" : "";
        var parts = new List<string>();
        if (role.Length > 0)
        {
            parts.Add(role == "base" ? T["Base standard product."] : role == "service" ? T["Service package."] : T["Added by presales."]);
        }
        var answered = Domain.Engine.LineReason.HeaviestFirst(pains).Select(p => (p.Title, Strength: item.StrengthFor(p.Category))).Where(a => a.Strength > 0).ToList();
        if (answered.Count > 0)
        {
            var named = string.Join(T[", "], answered.Take(5).Select(a => T["“{0}” ({1})", a.Title, T[CatalogueTerms.StrengthLabel(a.Strength)].Value].Value));
            parts.Add(answered.Count > 5 ? T["Answers {0} and {1} more.", named, answered.Count - 5] : T["Answers {0}.", named]);
        }
        if (RequiredBy().Match(reason) is { Success: true } required)
        {
            parts.Add(T["Required by {0}.", required.Groups[1].Value]);
        }
        else if (answered.Count == 0)
        {
            parts.Add(role switch
            {
                "base" => T["None of the captured pain points falls in a category it addresses."],
                "service" => T["It puts the solution to work; it answers none of the captured pain points directly."],
                _ => T["It answers none of the captured pain points."],
            });
        }
        return TextExtensions.Sentences(parts);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"Required by ([^\s.(]+)")]
    private static partial System.Text.RegularExpressions.Regex RequiredBy();
}
