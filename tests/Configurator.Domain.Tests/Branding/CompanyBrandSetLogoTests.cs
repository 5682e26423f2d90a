using System.Text;
using Configurator.Domain.Branding;

namespace Configurator.Domain.Tests.Branding;

/// <summary>A logo is an image: an SVG is taken only when it is SVG and nothing in it runs, embeds other content or loads anything.</summary>
public sealed class CompanyBrandSetLogoTests
{
    private static readonly DateTimeOffset _at = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static (CompanyBrand Brand, BrandProblem? Problem) Upload(string svg)
    {
        var brand = CompanyBrand.Create("Fjord Systems", "#0b6e4f", "", "", "u1", _at, out _);
        return (brand, brand.SetLogo(Encoding.UTF8.GetBytes(svg), "u1", _at));
    }

    private static void AssertRefused(string svg, BrandProblem expected)
    {
        var (brand, problem) = Upload(svg);
        Assert.Equal(expected, problem);
        Assert.Null(brand.Logo);
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1f5f8b"/></svg>""")]
    [InlineData("""<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect fill="url(#g)" width="4" height="4"/><use xlink:href="#g"/><style>rect { fill: url('#g'); }</style></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" inkscape:version="1.3"><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><metadata><title>Logo</title></metadata></svg>""")]
    public void APlainSvgIsTaken(string svg)
    {
        var (brand, problem) = Upload(svg);

        Assert.Null(problem);
        Assert.Equal("image/svg+xml", brand.LogoContentType);
    }

    [Fact]
    public void XhtmlWithAScriptIsNotAnSvg() => AssertRefused(
        """<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body><svg xmlns="http://www.w3.org/2000/svg"/><script>alert(1)</script></body></html>""",
        SvgLogo.NotSvg);

    [Fact]
    public void AnSvgElementOutsideTheSvgNamespaceIsNotAnSvg() => AssertRefused("""<svg><rect width="1" height="1"/></svg>""", SvgLogo.NotSvg);

    [Fact]
    public void MarkupThatIsNotXmlIsNotAnSvg() => AssertRefused("""<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>""", SvgLogo.NotSvg);

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><rect ONCLICK="alert(1)"/></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><a href=" java&#x09;script:alert(1)"><rect/></a></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><a href="#x"><set attributeName="href" to="javascript:alert(1)"/></a></svg>""")]
    public void AnythingThatRunsIsRefused(string svg) => AssertRefused(svg, SvgLogo.Runs);

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">Hi</div></foreignObject></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><iframe xmlns="http://www.w3.org/1999/xhtml" src="#x"/></svg>""")]
    public void EmbeddedContentIsRefused(string svg) => AssertRefused(svg, SvgLogo.Embeds);

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/logo.png"/></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="https://evil.example/sprite.svg#a"/></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zy8+"/></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/a.css);</style></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: url(https://evil.example/p.svg#a) }</style></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><rect style="background: u\72l(https://evil.example/)"/></svg>""")]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg"><rect fill="url(//evil.example/p#a)"/></svg>""")]
    [InlineData("""<?xml-stylesheet href="https://evil.example/a.css"?><svg xmlns="http://www.w3.org/2000/svg"/>""")]
    public void ExternalReferencesAreRefused(string svg) => AssertRefused(svg, SvgLogo.LoadsFromElsewhere);

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&c;</text></svg>""")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>""")]
    [InlineData("""<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg"/>""")]
    public void DtdsAndEntitiesAreRefused(string svg) => AssertRefused(svg, SvgLogo.Declarations);
}
