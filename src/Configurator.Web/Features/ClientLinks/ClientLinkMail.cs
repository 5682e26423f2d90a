using System.Globalization;
using System.Net;
using Configurator.Web.Features.Mail;
using Configurator.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Features.ClientLinks;

/// <summary>What a recipient of a link reads: the e-mail and the default message, in the proposal's language (not the sender's).</summary>
public sealed class ClientLinkMail(IStringLocalizer<Text> T)
{
    /// <summary>The message the send page starts from, in the proposal's language.</summary>
    public string DefaultMessage(string language, string accountName) =>
        In(language, () => T["Please find our proposal for {0} at the link below. I look forward to hearing what you think.", accountName].Value);

    public OutgoingMail Compose(string language, ClientLinkLetter letter) => In(language, () =>
    {
        var subject = T["Proposal for {0}: {1}", letter.AccountName, letter.ProposalTitle].Value;
        var greeting = T["Dear {0},", FirstName(letter.RecipientName)].Value;
        var open = T["Open the proposal:"].Value;
        var until = T["This link is yours alone and opens until {0}.", Display.Date(letter.ExpiresAt.AddSeconds(-1))].Value;
        var from = T["Sent by {0} ({1}).", letter.SenderName, letter.SenderEmail].Value;
        var paragraphs = letter.Message.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join("\n\n", new[] { greeting }.Concat(paragraphs).Concat([$"{open}\n{letter.Url}", until, from]));
        var html = $"""
            <p>{Html(greeting)}</p>
            {string.Concat(paragraphs.Select(p => $"<p>{Html(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"))}
            <p>{Html(open)}<br><a href="{Html(letter.Url)}">{Html(letter.Url)}</a></p>
            <p>{Html(until)}</p>
            <p>{Html(from)}</p>
            """;
        return new OutgoingMail(letter.RecipientEmail, letter.RecipientName, subject, text, html);
    });

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    /// <summary>"Dana Smith" → "Dana"; a Chinese name (no space) stays whole, as Chinese letters address people.</summary>
    private static string FirstName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : trimmed;
    }

    /// <summary>Runs <paramref name="make"/> with the language of the proposal as the current one, and puts the reader's back.</summary>
    private static TResult In<TResult>(string language, Func<TResult> make)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        var wanted = CultureInfo.GetCultureInfo(language == Languages.Chinese ? Languages.Chinese : Languages.English);
        try
        {
            CultureInfo.CurrentUICulture = wanted;
            CultureInfo.CurrentCulture = wanted;
            return make();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = culture;
        }
    }
}
