using System.Globalization;
using Configurator.Domain.Proposals;
using Configurator.Web.Localization;

namespace Configurator.Web.Documents;

// What templates/certificate/certificate.sbnhtml sees (snake_case: certificate.revision_sha256): plain
// records in this namespace, every value already worded in the proposal's language.

/// <summary>The accepted revision and what was accepted.</summary>
public sealed record CertificateInfo(
    string Language, string Title, int RevisionNumber, string RevisionSha256, string Account, string Option, string ContractValue);

/// <param name="Signature">The drawn signature as a <c>data:image/png</c> URL, or empty for a typed name only.</param>
public sealed record CertificateSigner(
    string Name, string Title, string Email, string IpAddress, string Device,
    string SentAt, string FirstViewedAt, string SignedAt, string Signature);

/// <summary>The whole certificate page: the template's globals <c>certificate</c>, <c>signers</c> and <c>labels</c>.</summary>
public sealed record SignatureCertificate(CertificateInfo Certificate, IReadOnlyList<CertificateSigner> Signers, IReadOnlyDictionary<string, string> Labels)
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Words the facts of one acceptance in the proposal's language, with the labels documents use.</summary>
    public static SignatureCertificate From(SignatureFacts facts, IReadOnlyDictionary<string, string> labels)
    {
        if (facts.SignaturePng is { } png && !png.AsSpan().StartsWith(PngSignature))
        {
            // The accept flow checks the drawn signature before it gets here; anything else is a bug.
            throw new ArgumentException("The signature image is not a PNG.", nameof(facts));
        }
        var info = new CertificateInfo(facts.Language, facts.ProposalTitle, facts.RevisionNumber, facts.RevisionSha256, facts.AccountName,
            facts.OptionName, Display.Money(facts.ContractValue, facts.CurrencyCode, facts.Language));
        var signer = new CertificateSigner(facts.SignerName, facts.SignerTitle, facts.SignerEmail, facts.IpAddress,
            Device(DeviceName.Parse(facts.UserAgent), labels),
            Time(facts.SentAt, labels), facts.FirstViewedAt is { } viewed ? Time(viewed, labels) : labels["certificate_not_recorded"],
            Time(facts.SignedAt, labels),
            facts.SignaturePng is { } image ? "data:image/png;base64," + Convert.ToBase64String(image) : "");
        return new SignatureCertificate(info, [signer], labels);
    }

    /// <summary>"Chrome on Android", "Android 上的 Chrome"; the raw agent, shortened, when neither is recognised.</summary>
    public static string Device(DeviceName device, IReadOnlyDictionary<string, string> labels) => device switch
    {
        { Browser: { } browser, System: { } system } => labels["certificate_device_on"]
            .Replace("{browser}", browser, StringComparison.Ordinal).Replace("{system}", system, StringComparison.Ordinal),
        { Browser: { } browser } => browser,
        { System: { } system } => system,
        { Shortened.Length: > 0 } => device.Shortened,
        _ => labels["certificate_device_unknown"],
    };

    /// <summary>A moment in UTC, as the document's language writes it ("6 December 2026, 14:05:09 UTC").</summary>
    public static string Time(DateTimeOffset at, IReadOnlyDictionary<string, string> labels) =>
        at.UtcDateTime.ToString(labels["certificate_time_format"], CultureInfo.InvariantCulture);
}
