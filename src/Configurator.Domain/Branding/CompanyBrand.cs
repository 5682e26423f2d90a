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

    /// <summary>
    /// The texts in other languages than the default, by language code ("zh-CN"); an empty field there
    /// prints the default one (see <see cref="For"/>).
    /// </summary>
    public IReadOnlyDictionary<string, BrandTexts> Translations { get; private set; } = new Dictionary<string, BrandTexts>(StringComparer.Ordinal);

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

    public static CompanyBrand Create(string name, string primaryColour, string address, string legalFooter, string actorId, DateTimeOffset at,
        out IReadOnlyDictionary<string, BrandProblem> errors, IReadOnlyDictionary<string, BrandTexts>? translations = null)
    {
        var brand = Unbranded();
        errors = brand.Update(name, primaryColour, address, legalFooter, actorId, at, translations);
        return brand;
    }

    /// <summary>The texts a document in <paramref name="language"/> prints: the translation, field by field, else the default text.</summary>
    public BrandTexts For(string language)
    {
        var texts = new BrandTexts(Name, Address, LegalFooter);
        if (!Translations.TryGetValue(language, out var translated))
        {
            return texts;
        }
        return new BrandTexts(
            translated.Name.Length > 0 ? translated.Name : texts.Name,
            translated.Address.Length > 0 ? translated.Address : texts.Address,
            translated.LegalFooter.Length > 0 ? translated.LegalFooter : texts.LegalFooter);
    }

    /// <summary>What was entered for <paramref name="language"/> (empty fields where it falls back).</summary>
    public BrandTexts TranslationFor(string language) => Translations.GetValueOrDefault(language, BrandTexts.Empty);

    /// <summary>
    /// Changes the texts and colour, and the translations when given (null keeps them); returns what is wrong by
    /// field, a translation's as "zh-CN.Address" (nothing changes then).
    /// </summary>
    public IReadOnlyDictionary<string, BrandProblem> Update(string? name, string? primaryColour, string? address, string? legalFooter, string actorId, DateTimeOffset at,
        IReadOnlyDictionary<string, BrandTexts>? translations = null)
    {
        name = (name ?? "").Trim();
        primaryColour = (primaryColour ?? "").Trim().ToLowerInvariant();
        address = (address ?? "").Trim();
        legalFooter = (legalFooter ?? "").Trim();
        var errors = new Dictionary<string, BrandProblem>(StringComparer.Ordinal);
        if (name.Length == 0)
        {
            errors[nameof(Name)] = new("Give the company name documents are issued under.");
        }
        if (!Colour().IsMatch(primaryColour))
        {
            errors[nameof(PrimaryColour)] = new("Give the colour as # and six hex digits, like #1f5f8b.");
        }
        CheckLengths(new BrandTexts(name, address, legalFooter), "", errors);
        var translated = new Dictionary<string, BrandTexts>(StringComparer.Ordinal);
        foreach (var (language, texts) in translations ?? Translations)
        {
            var trimmed = new BrandTexts((texts.Name ?? "").Trim(), (texts.Address ?? "").Trim(), (texts.LegalFooter ?? "").Trim());
            CheckLengths(trimmed, language + ".", errors);
            if (!trimmed.IsEmpty)
            {
                translated[language] = trimmed;
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        (Name, PrimaryColour, Address, LegalFooter, Translations) = (name, primaryColour, address, legalFooter, translated);
        Touch(actorId, at);
        return errors;
    }

    /// <summary>Replaces the logo; returns why the file cannot be a logo, or null when it was taken.</summary>
    public BrandProblem? SetLogo(byte[] bytes, string actorId, DateTimeOffset at)
    {
        if (bytes.Length == 0)
        {
            return new("The file is empty; choose a PNG, JPEG or SVG image.");
        }
        if (bytes.Length > MaxLogoBytes)
        {
            return new("The logo is {0} KB; keep it under {1} KB.", bytes.Length / 1024, MaxLogoBytes / 1024);
        }
        if (Sniff(bytes) is not { } contentType)
        {
            return SvgLogo.NotSvg;
        }
        if (contentType == "image/svg+xml" && SvgLogo.Problem(bytes) is { } svgProblem)
        {
            return svgProblem;
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
        // Anything that starts as markup is read as SVG in full (SvgLogo) before it is taken.
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') ? "image/svg+xml" : null;
    }

    private static void CheckLengths(BrandTexts texts, string prefix, Dictionary<string, BrandProblem> errors)
    {
        if (texts.Name.Length > MaxNameLength)
        {
            errors[prefix + nameof(Name)] = new("Keep the name to {0} characters; it is {1}.", MaxNameLength, texts.Name.Length);
        }
        if (texts.Address.Length > MaxAddressLength)
        {
            errors[prefix + nameof(Address)] = new("Keep the address to {0} characters; it is {1}.", MaxAddressLength, texts.Address.Length);
        }
        if (texts.LegalFooter.Length > MaxLegalFooterLength)
        {
            errors[prefix + nameof(LegalFooter)] = new("Keep the legal footer to {0} characters (it prints on one line of every page); it is {1}.", MaxLegalFooterLength, texts.LegalFooter.Length);
        }
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
