using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using static Configurator.Domain.Tests.Catalogue.CatalogueFiles;

namespace Configurator.Domain.Tests.Catalogue;

public sealed class CatalogueTranslationTests
{
    private static CatalogueFileItem Translated(string code, CatalogueFileItemTexts? chinese, string language = "zh-CN") =>
        Item(code) with
        {
            Differentiators = ["Works offline"],
            Translations = new Dictionary<string, CatalogueFileItemTexts?> { [language] = chinese },
        };

    private static OfferItemSpec Spec(CatalogueFileItem item, params OfferItemSpec[] existing)
    {
        var check = Validation().Validate(File(item), existing, []);
        Assert.True(check.IsValid, string.Join("; ", check.Issues));
        return check.Items.Single();
    }

    private static CatalogueCheck Check(CatalogueFileItem item) => Validation().Validate(File(item), [], []);

    [Fact]
    public void TextsForFallsBackToTheDefaultLanguageFieldByField()
    {
        var spec = Spec(Translated("CORE", new CatalogueFileItemTexts("仓储核心", null, "", "  ", null)));

        var chinese = spec.TextsFor(CatalogueLanguages.Chinese);

        Assert.Equal("仓储核心", chinese.Name);
        Assert.Equal("Summary", chinese.Summary);
        Assert.Equal("{{ client.name }} gains.", chinese.ProposalText);
        Assert.Equal("user", chinese.Unit);
        Assert.Equal(["Works offline"], chinese.Differentiators);
        Assert.Equal(["Summary", "Proposal text", "Unit", "Differentiators"], spec.MissingTexts(CatalogueLanguages.Chinese));
    }

    [Fact]
    public void TheDefaultLanguageIgnoresTranslationsAndMissesNothing()
    {
        var spec = Spec(Translated("CORE", new CatalogueFileItemTexts("仓储核心", "摘要", "文本", "用户", ["离线可用"])));

        Assert.Equal(spec.Texts, spec.TextsFor(CatalogueLanguages.Default));
        Assert.Empty(spec.MissingTexts(CatalogueLanguages.Default));
        Assert.Empty(spec.MissingTexts(CatalogueLanguages.Chinese));
        Assert.Equal(["离线可用"], spec.TextsFor("zh-CN").Differentiators);
    }

    [Fact]
    public void AnItemWithoutTranslationsMissesEveryFieldItHasInTheDefaultLanguage()
    {
        var spec = Spec(Item("CORE"));

        Assert.Empty(spec.Translations);
        Assert.Equal(spec.Texts, spec.TextsFor(CatalogueLanguages.Chinese));
        Assert.Equal(["Name", "Summary", "Proposal text", "Unit"], spec.MissingTexts(CatalogueLanguages.Chinese));
    }

    [Fact]
    public void ALanguageKeyIsReadWhateverItsCase()
    {
        var spec = Spec(Translated("CORE", new CatalogueFileItemTexts("仓储核心", null, null, null, null), "zh-cn"));

        Assert.Equal(["zh-CN"], spec.Translations.Keys);
    }

    [Theory]
    [InlineData("fr", "items[0].translations.fr", "not a language the catalogue is translated into")]
    [InlineData("en", "items[0].translations.en", "default language")]
    [InlineData("", "items[0].translations.", "not a language")]
    public void AnUnknownLanguageKeyIsRefusedAtItsPath(string key, string path, string message)
    {
        var check = Check(Translated("CORE", new CatalogueFileItemTexts("Nom", null, null, null, null), key));

        Assert.False(check.IsValid);
        Assert.Contains(check.Issues, i => i.Path == path && i.Message.Contains(message, StringComparison.Ordinal) && i.Message.Contains("zh-CN", StringComparison.Ordinal));
        Assert.Empty(check.Items);
    }

    [Fact]
    public void TranslatedFieldsHaveTheSameLimitsAsTheDefaultLanguage()
    {
        var check = Check(Translated("CORE", new CatalogueFileItemTexts(
            new string('名', CatalogueLimits.NameMaxLength + 1), new string('摘', CatalogueLimits.SummaryMaxLength + 1), null,
            new string('套', CatalogueLimits.UnitMaxLength + 1), ["", new string('差', CatalogueLimits.DifferentiatorMaxLength + 1)])));

        Assert.Contains(check.Issues, i => i.Path == "items[0].translations.zh-CN.name" && i.Message.Contains("121 characters", StringComparison.Ordinal));
        Assert.Contains(check.Issues, i => i.Path == "items[0].translations.zh-CN.summary");
        Assert.Contains(check.Issues, i => i.Path == "items[0].translations.zh-CN.unit");
        Assert.Contains(check.Issues, i => i.Path == "items[0].translations.zh-CN.differentiators[0]" && i.Message.Contains("Give a differentiator", StringComparison.Ordinal));
        Assert.Contains(check.Issues, i => i.Path == "items[0].translations.zh-CN.differentiators[1]");
        Assert.Empty(check.Items);
    }

    [Fact]
    public void ATranslatedProposalTextIsCheckedForPlaceholdersToo()
    {
        var check = Check(Translated("CORE", new CatalogueFileItemTexts(null, null, "{{ broken 客户 }}", null, null)));

        var issue = Assert.Single(check.Issues);
        Assert.Equal("items[0].translations.zh-CN.proposalText", issue.Path);
        Assert.Contains("line 1, column 4", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyTranslationIsNoTranslation()
    {
        var spec = Spec(Translated("CORE", new CatalogueFileItemTexts("", " ", null, null, [])));

        Assert.Empty(spec.Translations);
    }

    [Fact]
    public void TheHistoryNamesEachTranslatedFieldWithItsLanguage()
    {
        var before = Spec(Translated("CORE", new CatalogueFileItemTexts("仓储核心", null, null, null, null)));
        var after = Spec(Translated("CORE", new CatalogueFileItemTexts("仓储管理核心", null, null, "用户", null)));

        var changes = after.DifferencesFrom(before);

        Assert.Equal([new FieldChange("Name (zh-CN)", "仓储核心", "仓储管理核心"), new FieldChange("Unit (zh-CN)", "", "用户")], changes);
        Assert.Contains(new FieldChange("Name (zh-CN)", "", "仓储核心"), before.DifferencesFrom(null));
        Assert.DoesNotContain(before.DifferencesFrom(null), c => c.Field == "Summary (zh-CN)");
    }

    [Fact]
    public void AnItemKeepsItsTranslationsThroughUpdatesAndExport()
    {
        var spec = Spec(Translated("CORE", new CatalogueFileItemTexts("仓储核心", "摘要", null, "用户", ["离线可用"])));
        var item = OfferItem.Create(spec);

        Assert.Equal(spec.Translations["zh-CN"], item.ToSpec().Translations["zh-CN"]);
        Assert.Empty(item.Update(Spec(CatalogueFileWriter.ToFile(item.ToSpec()))));
        var changes = item.Update(Spec(Item("CORE") with { Differentiators = ["Works offline"] }));
        Assert.Contains(changes, c => c.Field == "Name (zh-CN)" && c.Before == "仓储核心" && c.After == "");
        Assert.Empty(item.Translations);
    }

    [Fact]
    public void ALineSnapshotKeepsTheTranslationsAndResolvesThemTheSameWay()
    {
        var spec = Spec(Translated("CORE", new CatalogueFileItemTexts("仓储核心", null, null, null, null)));

        var snapshot = ItemSnapshot.Of(spec, "EUR")!;

        Assert.Equal("仓储核心", snapshot.TextsFor("zh-CN").Name);
        Assert.Equal("user", snapshot.TextsFor("zh-CN").Unit);
        Assert.Equal("Name of CORE", snapshot.TextsFor("en").Name);
        Assert.Equal(["Proposal text", "Unit", "Differentiators"], snapshot.MissingTexts("zh-CN"));
        Assert.Empty(snapshot.MissingTexts("en"));
    }

    [Fact]
    public void ACategoryKeepsItsTranslationsWhenAFileLeavesThemOut()
    {
        var existing = new PainCategorySpec("SLOW", "Slow", "")
        {
            Translations = new Dictionary<string, CategoryTexts> { ["zh-CN"] = new("交付慢", "订单交付周期长") },
        };
        var validation = Validation();

        var leftOut = validation.Validate(new CatalogueFile([new CatalogueFileCategory("SLOW", "Slow fulfilment", "")], []), [], [existing]);
        var replaced = validation.Validate(new CatalogueFile([new CatalogueFileCategory("SLOW", "Slow", "")
        {
            Translations = new Dictionary<string, CatalogueFileCategoryTexts?> { ["zh-CN"] = new("履约缓慢", null) },
        }], []), [], [existing]);

        Assert.Equal("交付慢", leftOut.Categories.Single().TextsFor("zh-CN").Name);
        Assert.Equal("Slow fulfilment", leftOut.Categories.Single().TextsFor("en").Name);
        Assert.Equal(new CategoryTexts("履约缓慢", ""), replaced.Categories.Single().Translations["zh-CN"]);
        Assert.NotEqual(existing, replaced.Categories.Single());
        Assert.Equal(existing, existing with { });
    }

    [Fact]
    public void ACategoryWithAnUnknownLanguageOrTooLongNameIsRefused()
    {
        var check = Validation().Validate(new CatalogueFile([new CatalogueFileCategory("SLOW", "Slow", "")
        {
            Translations = new Dictionary<string, CatalogueFileCategoryTexts?>
            {
                ["de"] = new("Langsam", null),
                ["zh-CN"] = new(new string('慢', CatalogueLimits.CategoryNameMaxLength + 1), null),
            },
        }], []), [], []);

        Assert.Contains(check.Issues, i => i.Path == "categories[0].translations.de");
        Assert.Contains(check.Issues, i => i.Path == "categories[0].translations.zh-CN.name");
        Assert.Empty(check.Categories);
    }
}
