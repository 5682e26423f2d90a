using System.Text;
using System.Text.RegularExpressions;

namespace Configurator.Domain.Branding;

/// <summary>
/// The company's brand as proposal documents carry it: name, logo, primary colour, address and legal
/// footer. One per installation, kept by an admin. Issued revisions keep the brand they were printed with.
/// </summary>
public sealed partial class CompanyBrand
{
    public const int SingletonId = 1;
    public const int MaxLogoBytes = 512 * 1024;
    public const int MaxNameLength = 120;
    public const int MaxAddressLength = 300;
    public const int MaxLegalFooterLength = 300;

    private CompanyBrand()
    {
    }

    public int Id { get; private set; } = SingletonId;

    public string Name { get; private set; } = "";

    /// <summary>"#1f5f8b": six hex digits, so it can only ever be a colour where a document places it.</summary>
    public string PrimaryColour { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string LegalFooter { get; private set; } = "";

    public byte[]? Logo { get; private set; }

    /// <summary>image/png, image/jpeg or image/svg+xml; empty without a logo.</summary>
    public string LogoContentType { get; private set; } = "";

    /// <summary>The user id of whoever changed the brand last; empty for the system (the demo seed). Names are resolved for display.</summary>
    public string ChangedById { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>The brand of an installation nobody has branded yet.</summary>
    public static CompanyBrand Unbranded() => new() { Name = "Your company", PrimaryColour = "#1f5f8b" };

    /// <summary>False for <see cref="Unbranded"/>: nobody has saved a brand yet.</summary>
    public bool EverChanged => Version > 0;

    public static CompanyBrand Create(string name, string primaryColour, string address, string legalFooter, string actorId, DateTimeOffset at, out IReadOnlyDictionary<string, string> errors)
    {
        var brand = Unbranded();
        errors = brand.Update(name, primaryColour, address, legalFooter, actorId, at);
        return brand;
    }

    /// <summary>Changes the texts and colour; returns what is wrong by field (nothing changes then).</summary>
    public IReadOnlyDictionary<string, string> Update(string? name, string? primaryColour, string? address, string? legalFooter, string actorId, DateTimeOffset at)
    {
        name = (name ?? "").Trim();
        primaryColour = (primaryColour ?? "").Trim().ToLowerInvariant();
        address = (address ?? "").Trim();
        legalFooter = (legalFooter ?? "").Trim();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (name.Length == 0)
        {
            errors[nameof(Name)] = "Give the company name documents are issued under.";
        }
        else if (name.Length > MaxNameLength)
        {
            errors[nameof(Name)] = $"Keep the name to {MaxNameLength} characters; it is {name.Length}.";
        }
        if (!Colour().IsMatch(primaryColour))
        {
            errors[nameof(PrimaryColour)] = "Give the colour as # and six hex digits, like #1f5f8b.";
        }
        if (address.Length > MaxAddressLength)
        {
            errors[nameof(Address)] = $"Keep the address to {MaxAddressLength} characters; it is {address.Length}.";
        }
        if (legalFooter.Length > MaxLegalFooterLength)
        {
            errors[nameof(LegalFooter)] = $"Keep the legal footer to {MaxLegalFooterLength} characters (it prints on one line of every page); it is {legalFooter.Length}.";
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        (Name, PrimaryColour, Address, LegalFooter) = (name, primaryColour, address, legalFooter);
        Touch(actorId, at);
        return errors;
    }

    /// <summary>Replaces the logo; returns why the file cannot be a logo, or null when it was taken.</summary>
    public string? SetLogo(byte[] bytes, string actorId, DateTimeOffset at)
    {
        if (bytes.Length == 0)
        {
            return "The file is empty; choose a PNG, JPEG or SVG image.";
        }
        if (bytes.Length > MaxLogoBytes)
        {
            return $"The logo is {bytes.Length / 1024} KB; keep it under {MaxLogoBytes / 1024} KB.";
        }
        if (Sniff(bytes) is not { } contentType)
        {
            return "That file is not a PNG, JPEG or SVG image.";
        }
        Logo = bytes;
        LogoContentType = contentType;
        Touch(actorId, at);
        return null;
    }

    public void RemoveLogo(string actorId, DateTimeOffset at)
    {
        Logo = null;
        LogoContentType = "";
        Touch(actorId, at);
    }

    /// <summary>The logo as a data: URL, or empty: documents load nothing from anywhere.</summary>
    public string LogoDataUrl() => Logo is { Length: > 0 } logo ? $"data:{LogoContentType};base64,{Convert.ToBase64String(logo)}" : "";

    // By content, never by the name or type the browser sent.
    private static string? Sniff(byte[] bytes)
    {
        if (bytes is [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..])
        {
            return "image/png";
        }
        if (bytes is [0xFF, 0xD8, 0xFF, ..])
        {
            return "image/jpeg";
        }
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return (head.StartsWith("<svg", StringComparison.Ordinal) || head.StartsWith("<?xml", StringComparison.Ordinal))
            && Encoding.UTF8.GetString(bytes).Contains("<svg", StringComparison.Ordinal)
            ? "image/svg+xml"
            : null;
    }

    private void Touch(string actorId, DateTimeOffset at)
    {
        ChangedById = actorId;
        ChangedAt = at;
        Version++;
    }

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex Colour();
}
