using System.Text.RegularExpressions;
using System.Xml;

namespace Configurator.Domain.Branding;

/// <summary>
/// Whether an XML file is an SVG image a document may embed: the root element is <c>svg</c> in the SVG
/// namespace, and nothing in it runs (no script, no <c>on…</c> handler, no animation that sets a link),
/// embeds other content (<c>foreignObject</c>, HTML or MathML elements) or loads anything from elsewhere
/// (links only within the file or to embedded raster images, no CSS <c>url()</c> to another address, no
/// <c>@import</c>, no stylesheet instruction). DTDs are refused, so no entity can expand or be fetched.
/// </summary>
public static partial class SvgLogo
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    private static readonly string[] _foreignNamespaces = ["http://www.w3.org/1999/xhtml", "http://www.w3.org/1998/Math/MathML"];
    private static readonly string[] _embedding = ["foreignObject", "iframe", "object", "embed"];
    private static readonly string[] _running = ["script", "handler", "listener"];
    private static readonly string[] _animations = ["set", "animate", "animateMotion", "animateTransform"];
    private static readonly string[] _rasterData = ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"];

    public static readonly BrandProblem NotSvg = new("That file is not a PNG, JPEG or SVG image.");
    public static readonly BrandProblem Declarations = new("The SVG declares a DTD or entities, which an image does not need; export the logo again as a plain SVG, or as PNG.");
    public static readonly BrandProblem Runs = new("The SVG contains a script or an event handler (such as onload); a logo must not run anything. Export it again as a plain SVG, or as PNG.");
    public static readonly BrandProblem Embeds = new("The SVG embeds other content (foreignObject or HTML); export the logo again as a plain SVG, or as PNG.");
    public static readonly BrandProblem LoadsFromElsewhere = new("The SVG loads something from another address (a link, image, font or style); documents load nothing from anywhere. Embed it in the file, or upload the logo as PNG.");

    /// <summary>Why <paramref name="bytes"/> is not a safe SVG image, or null when it is.</summary>
    public static BrandProblem? Problem(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = CompanyBrand.MaxLogoBytes * 4L,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            var root = true;
            var inStyle = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.DocumentType or XmlNodeType.EntityReference:
                        return Declarations;
                    case XmlNodeType.ProcessingInstruction:
                        // <?xml-stylesheet href="…"?> loads a stylesheet; a logo has no use for instructions.
                        return LoadsFromElsewhere;
                    case XmlNodeType.Element:
                        if (root && (reader.LocalName != "svg" || reader.NamespaceURI != Namespace))
                        {
                            return NotSvg;
                        }
                        root = false;
                        if (ElementProblem(reader) is { } problem)
                        {
                            return problem;
                        }
                        inStyle = reader.LocalName == "style" && !reader.IsEmptyElement;
                        break;
                    case XmlNodeType.EndElement:
                        inStyle = false;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle:
                        if (CssProblem(reader.Value) is { } css)
                        {
                            return css;
                        }
                        break;
                }
            }
            return root ? NotSvg : null;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return Declarations;
        }
        catch (XmlException)
        {
            return NotSvg;
        }
    }

    private static BrandProblem? ElementProblem(XmlReader element)
    {
        var name = element.LocalName;
        if (_running.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return Runs;
        }
        if (_embedding.Contains(name, StringComparer.OrdinalIgnoreCase) || _foreignNamespaces.Contains(element.NamespaceURI))
        {
            return Embeds;
        }
        var animation = _animations.Contains(name);
        for (var more = element.MoveToFirstAttribute(); more; more = element.MoveToNextAttribute())
        {
            var attribute = element.LocalName;
            var value = element.Value;
            if (attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase) || Compact(value).Contains("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                return Runs;
            }
            if (animation && attribute == "attributeName" && (value.Contains("href", StringComparison.OrdinalIgnoreCase) || value.Trim().StartsWith("on", StringComparison.OrdinalIgnoreCase)))
            {
                return Runs;
            }
            if ((attribute is "href" or "src") && !Local(value))
            {
                return LoadsFromElsewhere;
            }
            if (CssProblem(value) is { } css)
            {
                return css;
            }
        }
        element.MoveToElement();
        return null;
    }

    /// <summary>CSS (a style element, a style attribute, a presentation attribute such as fill): url() only to this file or embedded raster images, no @import, no escapes that could hide either.</summary>
    private static BrandProblem? CssProblem(string css)
    {
        if (css.Contains('\\', StringComparison.Ordinal) || css.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return LoadsFromElsewhere;
        }
        foreach (Match url in CssUrl().Matches(css))
        {
            if (!Local(url.Groups["target"].Value.Trim().Trim('"', '\'')))
            {
                return LoadsFromElsewhere;
            }
        }
        return null;
    }

    /// <summary>A reference inside the file (#id) or to an embedded raster image.</summary>
    private static bool Local(string reference)
    {
        var target = reference.Trim();
        return target.StartsWith('#') || _rasterData.Any(prefix => target.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }

    private static string Compact(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));

    [GeneratedRegex(@"url\s*\((?<target>[^)]*)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CssUrl();
}
