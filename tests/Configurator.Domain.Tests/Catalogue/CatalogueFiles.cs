using Configurator.Domain.Catalogue;

namespace Configurator.Domain.Tests.Catalogue;

/// <summary>Test data: small, valid catalogue input that each test bends in one place.</summary>
internal static class CatalogueFiles
{
    public static CatalogueFileCategory Category(string code) => new(code, $"Name of {code}", "");

    public static CatalogueFileItem Item(string code, string kind = "standard", params string[] requires) => new(
        code, kind, $"Name of {code}", "Summary", "{{ client.name }} gains.", "active",
        new CatalogueFilePricing("monthly", "user", 15, [new CatalogueFilePrice("EUR", 100m, 30m)]),
        new CatalogueFileQuantity(1, 100, 10),
        [new CatalogueFileAddress("SLOW", 3)],
        requires, [], []);

    public static CatalogueFile File(params CatalogueFileItem[] items) => new([Category("SLOW"), Category("STOCK")], items);

    /// <summary>A template checker that rejects any text containing "{{ broken".</summary>
    public sealed class FakeSyntax : IProposalTextSyntax
    {
        public IReadOnlyList<TextSyntaxError> Check(string text) =>
            text.Contains("{{ broken", StringComparison.Ordinal) ? [new TextSyntaxError(1, 4, "Unexpected token")] : [];
    }

    public static CatalogueValidation Validation() => new(new FakeSyntax());
}
