using System.Globalization;

namespace Configurator.Domain.Catalogue;

/// <summary>
/// Every rule of the catalogue format, in one place, for the import, the API and the editor alike.
/// Checks the incoming file against itself and against what the catalogue already holds, and returns
/// either typed specs or every issue at once.
/// </summary>
public sealed class CatalogueValidation(IProposalTextSyntax syntax)
{
    public CatalogueCheck Validate(CatalogueFile file, IReadOnlyCollection<OfferItemSpec> existingItems, IReadOnlyCollection<PainCategorySpec> existingCategories)
    {
        var issues = new List<CatalogueIssue>();
        var categories = ReadCategories(file.Categories ?? [], existingCategories, issues);
        var categoryCodes = existingCategories.Select(c => c.Code).Concat(categories.Select(c => c.Code)).ToHashSet(StringComparer.Ordinal);

        var items = new List<(int Index, OfferItemSpec Spec)>();
        var seenCodes = new HashSet<string>(StringComparer.Ordinal);
        var fileItems = file.Items ?? [];
        var itemCodes = existingItems.Select(i => i.Code)
            .Concat(fileItems.Select(i => i?.Code?.Trim()).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < fileItems.Count; i++)
        {
            var spec = ReadItem(fileItems[i], $"items[{i}]", categoryCodes, itemCodes, issues);
            if (spec is null)
            {
                continue;
            }
            if (!seenCodes.Add(spec.Code))
            {
                issues.Add(new($"items[{i}].code", $"Code {spec.Code} appears more than once in the file; each item needs its own code."));
                continue;
            }
            items.Add((i, spec));
        }

        CheckRules(items, existingItems, issues);
        return new CatalogueCheck(issues.Distinct().ToList(), items.Select(i => i.Spec).ToList(), categories);
    }

    /// <summary>Checks one item as an editor would save it, against the rest of the catalogue.</summary>
    public CatalogueCheck ValidateItem(CatalogueFileItem item, IReadOnlyCollection<OfferItemSpec> otherItems, IReadOnlyCollection<PainCategorySpec> categories) =>
        Validate(new CatalogueFile([], [item]), otherItems, categories);

    private static List<PainCategorySpec> ReadCategories(IReadOnlyList<CatalogueFileCategory?> categories, IReadOnlyCollection<PainCategorySpec> existing, List<CatalogueIssue> issues)
    {
        var kept = existing.ToDictionary(c => c.Code, c => c.Translations, StringComparer.Ordinal);
        var result = new List<PainCategorySpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++)
        {
            var path = $"categories[{i}]";
            var category = categories[i];
            if (category is null)
            {
                issues.Add(new(path, "A category must be an object with code, name and description."));
                continue;
            }
            var code = CheckCode(category.Code, $"{path}.code", issues);
            var name = CheckText(category.Name, $"{path}.name", "name", CatalogueLimits.CategoryNameMaxLength, required: true, issues);
            var description = CheckText(category.Description, $"{path}.description", "description", CatalogueLimits.CategoryDescriptionMaxLength, required: false, issues);
            var translations = ReadCategoryTranslations(category.Translations, $"{path}.translations", issues);
            if (code is null || name is null || description is null || translations is null)
            {
                continue;
            }
            // Languages the file leaves out keep the category's words in them.
            var merged = kept.GetValueOrDefault(code)?.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal) ?? new Dictionary<string, CategoryTexts>(StringComparer.Ordinal);
            foreach (var (language, texts) in translations)
            {
                merged[language] = texts;
            }
            if (!seen.Add(code))
            {
                issues.Add(new($"{path}.code", $"Category {code} appears more than once in the file."));
                continue;
            }
            result.Add(new PainCategorySpec(code, name, description) { Translations = Translations.Compact(merged) });
        }
        return result;
    }

    private OfferItemSpec? ReadItem(CatalogueFileItem? item, string path, HashSet<string> categoryCodes, HashSet<string> itemCodes, List<CatalogueIssue> issues)
    {
        if (item is null)
        {
            issues.Add(new(path, "An item must be an object with code, kind, name, pricing and the other fields of the format."));
            return null;
        }
        var before = issues.Count;
        var code = CheckCode(item.Code, $"{path}.code", issues);
        if (!CatalogueTerms.TryParseKind(item.Kind, out var kind))
        {
            issues.Add(new($"{path}.kind", $"Kind '{item.Kind}' is not one of standard, innovation, service."));
        }
        if (!CatalogueTerms.TryParseStatus(item.Status ?? "draft", out var status))
        {
            issues.Add(new($"{path}.status", $"Status '{item.Status}' is not one of draft, active, retired."));
        }
        var name = CheckText(item.Name, $"{path}.name", "name", CatalogueLimits.NameMaxLength, required: true, issues);
        var summary = CheckText(item.Summary, $"{path}.summary", "summary", CatalogueLimits.SummaryMaxLength, required: false, issues);
        var proposalText = CheckProposalText(item.ProposalText, $"{path}.proposalText", issues);
        var pricing = ReadPricing(item.Pricing, $"{path}.pricing", status, issues);
        var quantity = ReadQuantity(item.Quantity, $"{path}.quantity", issues);
        var addresses = ReadAddresses(item.Addresses ?? [], $"{path}.addresses", categoryCodes, issues);
        var requires = ReadCodes(item.Requires ?? [], $"{path}.requires", itemCodes, issues);
        var excludes = ReadCodes(item.Excludes ?? [], $"{path}.excludes", itemCodes, issues);
        var differentiators = ReadDifferentiators(item.Differentiators ?? [], $"{path}.differentiators", issues);
        var translations = ReadItemTranslations(item.Translations, $"{path}.translations", issues);
        if (code is not null)
        {
            if (requires.Contains(code))
            {
                issues.Add(new($"{path}.requires", $"{code} cannot require itself."));
            }
            if (excludes.Contains(code))
            {
                issues.Add(new($"{path}.excludes", $"{code} cannot exclude itself."));
            }
        }
        foreach (var both in requires.Intersect(excludes))
        {
            issues.Add(new($"{path}.excludes", $"{code} both requires and excludes {both}; keep only one of the two rules."));
        }
        if (issues.Count > before || pricing is null || quantity is null || translations is null)
        {
            return null;
        }
        return new OfferItemSpec(code!, kind, name!, summary!, proposalText!, status, pricing.Value.Model, pricing.Value.Unit,
            pricing.Value.MaxDiscount, pricing.Value.Prices, quantity, addresses, requires, excludes, differentiators)
        { Translations = Translations.Compact(translations) };
    }

    /// <summary>The item's words per language, each field checked as the default language's is (lengths, proposal-text placeholders).</summary>
    private Dictionary<string, ItemTexts>? ReadItemTranslations(IReadOnlyDictionary<string, CatalogueFileItemTexts?>? given, string path, List<CatalogueIssue> issues)
    {
        var result = new Dictionary<string, ItemTexts>(StringComparer.Ordinal);
        var before = issues.Count;
        foreach (var (key, texts) in given ?? new Dictionary<string, CatalogueFileItemTexts?>())
        {
            if (Language(key, result.Keys, path, issues) is not { } language)
            {
                continue;
            }
            var at = $"{path}.{language}";
            var name = CheckText(texts?.Name, $"{at}.name", "name", CatalogueLimits.NameMaxLength, required: false, issues);
            var summary = CheckText(texts?.Summary, $"{at}.summary", "summary", CatalogueLimits.SummaryMaxLength, required: false, issues);
            var proposalText = CheckProposalText(texts?.ProposalText, $"{at}.proposalText", issues);
            var unit = CheckText(texts?.Unit, $"{at}.unit", "unit", CatalogueLimits.UnitMaxLength, required: false, issues);
            var differentiators = ReadDifferentiators(texts?.Differentiators ?? [], $"{at}.differentiators", issues);
            if (name is not null && summary is not null && proposalText is not null && unit is not null)
            {
                result[language] = new ItemTexts(name, summary, proposalText, unit, differentiators);
            }
        }
        return issues.Count > before ? null : result;
    }

    private static Dictionary<string, CategoryTexts>? ReadCategoryTranslations(IReadOnlyDictionary<string, CatalogueFileCategoryTexts?>? given, string path, List<CatalogueIssue> issues)
    {
        var result = new Dictionary<string, CategoryTexts>(StringComparer.Ordinal);
        var before = issues.Count;
        foreach (var (key, texts) in given ?? new Dictionary<string, CatalogueFileCategoryTexts?>())
        {
            if (Language(key, result.Keys, path, issues) is not { } language)
            {
                continue;
            }
            var name = CheckText(texts?.Name, $"{path}.{language}.name", "name", CatalogueLimits.CategoryNameMaxLength, required: false, issues);
            var description = CheckText(texts?.Description, $"{path}.{language}.description", "description", CatalogueLimits.CategoryDescriptionMaxLength, required: false, issues);
            if (name is not null && description is not null)
            {
                result[language] = new CategoryTexts(name, description);
            }
        }
        return issues.Count > before ? null : result;
    }

    /// <summary>The translation language a key names, or an issue at the key when it names none (or one given twice).</summary>
    private static string? Language(string key, IEnumerable<string> seen, string path, List<CatalogueIssue> issues)
    {
        var language = CatalogueLanguages.Translation(key);
        if (language is null)
        {
            var named = key == CatalogueLanguages.Default
                ? $"'{key}' is the default language: its words are the item's own fields, not a translation"
                : $"'{Shorten(key)}' is not a language the catalogue is translated into";
            issues.Add(new($"{path}.{Shorten(key)}", $"{named}; use {string.Join(", ", CatalogueLanguages.Translated)}."));
            return null;
        }
        if (seen.Contains(language))
        {
            issues.Add(new($"{path}.{key}", $"The {language} words are given twice; give each language once."));
            return null;
        }
        return language;
    }

    private string? CheckProposalText(string? text, string path, List<CatalogueIssue> issues)
    {
        var value = CheckText(text, path, "proposal text", CatalogueLimits.ProposalTextMaxLength, required: false, issues, trim: false);
        if (value is null || value.Length == 0)
        {
            return value;
        }
        foreach (var error in syntax.Check(value))
        {
            issues.Add(new(path, $"The proposal text has an error at {error}."));
        }
        return value;
    }

    private static (PricingModel Model, string Unit, Percentage MaxDiscount, IReadOnlyList<ItemPrice> Prices)? ReadPricing(
        CatalogueFilePricing? pricing, string path, ItemStatus status, List<CatalogueIssue> issues)
    {
        if (pricing is null)
        {
            issues.Add(new(path, "Give the pricing: model, unit, maxDiscountPercent and prices."));
            return null;
        }
        var ok = true;
        if (!CatalogueTerms.TryParseModel(pricing.Model, out var model))
        {
            issues.Add(new($"{path}.model", $"Pricing model '{pricing.Model}' is not one of one-time, monthly, annual."));
            ok = false;
        }
        var unit = CheckText(pricing.Unit, $"{path}.unit", "unit", CatalogueLimits.UnitMaxLength, required: true, issues);
        if (pricing.MaxDiscountPercent is not { } given || !Percentage.TryFrom(given, out var maxDiscount))
        {
            issues.Add(new($"{path}.maxDiscountPercent", $"The maximum discount without approval is a percentage from {Percentage.MinValue} to {Percentage.MaxValue}."));
            ok = false;
            maxDiscount = Percentage.Zero;
        }
        var prices = new List<ItemPrice>();
        var list = pricing.Prices ?? [];
        if (list.Count == 0 && status != ItemStatus.Draft)
        {
            issues.Add(new($"{path}.prices", "Give at least one price; only a draft item may have none."));
            ok = false;
        }
        for (var i = 0; i < list.Count; i++)
        {
            var pricePath = $"{path}.prices[{i}]";
            var price = list[i];
            if (price is null)
            {
                issues.Add(new(pricePath, "A price must be an object with currency and listPrice."));
                ok = false;
                continue;
            }
            var currency = price.Currency?.Trim().ToUpperInvariant();
            if (!CurrencyCode.TryFrom(currency, out var known))
            {
                issues.Add(new($"{pricePath}.currency", $"'{price.Currency}' is not an ISO 4217 currency code such as EUR, USD or CNY."));
                ok = false;
                continue;
            }
            if (prices.Any(p => p.Currency == currency))
            {
                issues.Add(new($"{pricePath}.currency", $"There is already a price in {currency}; give at most one price per currency."));
                ok = false;
                continue;
            }
            if (price.ListPrice is not { } listPrice || listPrice < 0 || listPrice > CatalogueLimits.MaxAmount)
            {
                issues.Add(new($"{pricePath}.listPrice", $"The list price is an amount from 0 to {CatalogueLimits.MaxAmount:N0}."));
                ok = false;
                continue;
            }
            if (price.UnitCost is { } cost && (cost < 0 || cost > CatalogueLimits.MaxAmount))
            {
                issues.Add(new($"{pricePath}.unitCost", $"The unit cost is an amount from 0 to {CatalogueLimits.MaxAmount:N0}, or left out when unknown."));
                ok = false;
                continue;
            }
            if (RoundsAway(listPrice, known) || (price.UnitCost is { } c && RoundsAway(c, known)))
            {
                issues.Add(new($"{pricePath}.listPrice", $"{known} amounts have {known.MinorUnits} decimals at most."));
                ok = false;
                continue;
            }
            prices.Add(new ItemPrice(known.Code, listPrice, price.UnitCost));
        }
        return ok && unit is not null ? (model, unit, maxDiscount, prices) : null;
    }

    private static bool RoundsAway(decimal amount, CurrencyCode currency) => Money.Of(amount, currency).Amount != amount;

    private static QuantityBounds? ReadQuantity(CatalogueFileQuantity? quantity, string path, List<CatalogueIssue> issues)
    {
        if (quantity is null)
        {
            return new QuantityBounds(1, 1, 1);
        }
        var min = quantity.Min ?? 1;
        var max = quantity.Max ?? Math.Max(min, 1);
        if (QuantityBounds.TryFrom(min, max, quantity.Default ?? min, out var bounds, out var problems))
        {
            return bounds;
        }
        issues.AddRange(problems.Select(p => new CatalogueIssue($"{path}.{p.Path}", p.Message)));
        return null;
    }

    private static List<CategoryStrength> ReadAddresses(IReadOnlyList<CatalogueFileAddress?> addresses, string path, HashSet<string> categoryCodes, List<CatalogueIssue> issues)
    {
        var result = new List<CategoryStrength>();
        for (var i = 0; i < addresses.Count; i++)
        {
            var address = addresses[i];
            var at = $"{path}[{i}]";
            var category = address?.Category?.Trim();
            if (string.IsNullOrEmpty(category) || !categoryCodes.Contains(category))
            {
                issues.Add(new($"{at}.category", $"Pain category '{category}' does not exist; add it to the taxonomy or to the file's categories."));
                continue;
            }
            if (address!.Strength is not { } strength || !CategoryStrength.IsValid(strength))
            {
                issues.Add(new($"{at}.strength", "Strength is 1 (weak), 2 (medium) or 3 (strong)."));
                continue;
            }
            if (result.Any(r => r.Category == category))
            {
                issues.Add(new($"{at}.category", $"{category} is listed twice; give each category once, with its strength."));
                continue;
            }
            if (address.ImprovementPercent is { } improvement && !Percentage.IsValid(improvement))
            {
                issues.Add(new($"{at}.improvementPercent", $"The expected improvement is the share of the pain's cost the item removes, from 0 to 100 percent; {improvement} is not."));
                continue;
            }
            result.Add(new CategoryStrength(category, strength) { ImprovementPercent = address.ImprovementPercent });
        }
        return result;
    }

    private static List<string> ReadCodes(IReadOnlyList<string?> codes, string path, HashSet<string> itemCodes, List<CatalogueIssue> issues)
    {
        var result = new List<string>();
        for (var i = 0; i < codes.Count; i++)
        {
            var code = CheckCode(codes[i], $"{path}[{i}]", issues);
            if (code is not null && !itemCodes.Contains(code))
            {
                issues.Add(new($"{path}[{i}]", $"No item has the code {code}; it must exist in the file or in the catalogue."));
            }
            else if (code is not null && !result.Contains(code))
            {
                result.Add(code);
            }
        }
        return result;
    }

    private static List<string> ReadDifferentiators(IReadOnlyList<string?> differentiators, string path, List<CatalogueIssue> issues)
    {
        var result = new List<string>();
        if (differentiators.Count > CatalogueLimits.MaxDifferentiators)
        {
            issues.Add(new(path, $"At most {CatalogueLimits.MaxDifferentiators} differentiators; this has {differentiators.Count}. Keep the few that win deals."));
            return result;
        }
        for (var i = 0; i < differentiators.Count; i++)
        {
            var text = CheckText(differentiators[i], $"{path}[{i}]", "differentiator", CatalogueLimits.DifferentiatorMaxLength, required: true, issues);
            if (text is not null)
            {
                result.Add(text);
            }
        }
        return result;
    }

    /// <summary>Rules that need the whole catalogue: no item requires what it excludes, directly or through a chain.</summary>
    private static void CheckRules(List<(int Index, OfferItemSpec Spec)> incoming, IReadOnlyCollection<OfferItemSpec> existing, List<CatalogueIssue> issues)
    {
        var catalogue = existing.ToDictionary(s => s.Code, StringComparer.Ordinal);
        foreach (var (_, spec) in incoming)
        {
            catalogue[spec.Code] = spec;
        }
        foreach (var (index, spec) in incoming)
        {
            var path = $"items[{index}]";
            var required = CatalogueRules.RequiredClosure(spec.Code, catalogue);
            foreach (var other in required.Where(c => c != spec.Code))
            {
                var otherSpec = catalogue[other];
                if (spec.Excludes.Contains(other) || otherSpec.Excludes.Contains(spec.Code))
                {
                    issues.Add(new($"{path}.requires", $"{spec.Code} requires {other} (directly or through a chain of requires) but the two exclude each other."));
                }
            }
            foreach (var a in required)
            {
                foreach (var b in catalogue[a].Excludes.Where(required.Contains).Where(b => a != spec.Code && b != spec.Code))
                {
                    issues.Add(new($"{path}.requires", $"{spec.Code} requires both {a} and {b}, which exclude each other."));
                }
            }
        }
    }

    private static string? CheckCode(string? code, string path, List<CatalogueIssue> issues)
    {
        var value = code?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            issues.Add(new(path, "Give a code, e.g. STD-CORE."));
            return null;
        }
        if (value.Length > CatalogueLimits.CodeMaxLength || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            issues.Add(new(path, $"'{Shorten(value)}' is not a valid code: use at most {CatalogueLimits.CodeMaxLength} letters, digits, '-', '_' or '.'."));
            return null;
        }
        return value;
    }

    private static string? CheckText(string? text, string path, string what, int maxLength, bool required, List<CatalogueIssue> issues, bool trim = true)
    {
        var value = trim ? text?.Trim() ?? "" : text ?? "";
        if (required && value.Length == 0)
        {
            issues.Add(new(path, $"Give a {what}."));
            return null;
        }
        if (value.Length > maxLength)
        {
            issues.Add(new(path, $"The {what} has {value.Length.ToString("N0", CultureInfo.InvariantCulture)} characters; at most {maxLength.ToString("N0", CultureInfo.InvariantCulture)} are allowed."));
            return null;
        }
        return value;
    }

    private static string Shorten(string value) => value.Length <= 50 ? value : value[..50] + "…";
}
