using Configurator.Domain.Discovery;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.Discovery;

/// <summary>
/// The <c>Accounts:*</c> settings: the industries and regions accounts are filed under, the same in
/// forms and filters, checked when the app starts. An empty list means the defaults below.
/// </summary>
public sealed class AccountListSettings
{
    public const string Section = "Accounts";

    public static readonly IReadOnlyList<string> DefaultIndustries =
    [
        "Automotive parts", "Chemicals", "Electronics", "Fashion", "Food and beverage", "Logistics", "Machinery",
        "Pharmaceuticals", "Retail and e-commerce", "Wholesale distribution",
    ];

    public static readonly IReadOnlyList<string> DefaultRegions =
    [
        "Benelux", "DACH", "France", "Greater China", "Iberia", "Italy", "Japan", "Nordics", "North America",
        "Southeast Asia", "UK and Ireland",
    ];

    public string[] Industries { get; set; } = [];

    /// <summary>An industry outside the list may be typed in.</summary>
    public bool IndustriesAllowOther { get; set; } = true;

    public string[] Regions { get; set; } = [];

    /// <summary>A region outside the list may be typed in.</summary>
    public bool RegionsAllowOther { get; set; }

    public AccountChoices ToChoices() => new(
        new ChoiceList(Industries.Length == 0 ? DefaultIndustries : Industries.Select(i => i.Trim()).ToList(), IndustriesAllowOther),
        new ChoiceList(Regions.Length == 0 ? DefaultRegions : Regions.Select(r => r.Trim()).ToList(), RegionsAllowOther));

    /// <summary>Each list: values that fit the field, none empty, none twice.</summary>
    public sealed class Validator : IValidateOptions<AccountListSettings>
    {
        public ValidateOptionsResult Validate(string? name, AccountListSettings options)
        {
            var problems = Check("Accounts:Industries", options.Industries).Concat(Check("Accounts:Regions", options.Regions)).ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }

        private static IEnumerable<string> Check(string setting, string[] values)
        {
            if (values.Any(string.IsNullOrWhiteSpace))
            {
                yield return $"{setting} has an empty entry; remove it or give it a name.";
            }
            if (values.FirstOrDefault(v => v.Trim().Length > DiscoveryLimits.ShortTextMaxLength) is { } tooLong)
            {
                yield return $"{setting}: '{tooLong}' is longer than {DiscoveryLimits.ShortTextMaxLength} characters.";
            }
            if (values.GroupBy(v => v.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                yield return $"{setting} names '{twice.Key}' twice; name each entry once.";
            }
        }
    }
}
