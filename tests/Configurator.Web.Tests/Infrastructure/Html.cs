using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>Pages and fragments as documents, for assertions by selector instead of by attribute order.</summary>
public static class Html
{
    private static readonly HtmlParser _parser = new();

    public static IDocument Parse(string html) => _parser.ParseDocument(html);

    /// <summary>The element the selector names; fails the test when there is none.</summary>
    public static IElement One(this IParentNode node, string selector) =>
        node.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"Nothing matches {selector}.");

    public static string Attr(this IParentNode node, string selector, string attribute) =>
        node.One(selector).GetAttribute(attribute) ?? throw new Xunit.Sdk.XunitException($"{selector} has no {attribute}.");
}
