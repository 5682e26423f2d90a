using System.ComponentModel.DataAnnotations;
using Configurator.Domain.Catalogue;
using Configurator.Domain.Engine;
using Microsoft.Extensions.Options;

namespace Configurator.Web.Features.Proposals;

/// <summary>The <c>Proposals:*</c> settings, checked when the app starts: a wrong value stops the start with a sentence saying what to fix.</summary>
public sealed class ProposalSettings
{
    public const string Section = "Proposals";

    /// <summary>A totals discount above this needs an approver; <see cref="Validator"/> checks it is a percentage.</summary>
    public decimal TotalsDiscountLimitPercent { get; set; } = EnginePolicy.Default.TotalsDiscountLimitPercent.Value;

    /// <summary>Whether a person who submitted a proposal may also approve it (when they hold both roles); off by default: four eyes.</summary>
    public bool AllowSelfApproval { get; set; }

    /// <summary>The names of the Good / Better / Best options; empty means the defaults.</summary>
    public string[] OptionNames { get; set; } = [];

    /// <summary>
    /// The Good / Better / Best names in each other language a proposal can be written in, e.g.
    /// <c>Proposals:OptionNamesByLanguage:zh-CN:0</c>; a language left out takes <see cref="DefaultOptionNamesByLanguage"/>.
    /// A sibling of <see cref="OptionNames"/> rather than a key under it, so the English list binds as it always has.
    /// </summary>
    public Dictionary<string, string[]> OptionNamesByLanguage { get; set; } = [];

    public static readonly IReadOnlyDictionary<string, string[]> DefaultOptionNamesByLanguage = new Dictionary<string, string[]>
    {
        [Localization.Languages.Chinese] = ["基础版", "进阶版", "旗舰版"],
    };

    /// <summary>The option names a new proposal in <paramref name="language"/> gets.</summary>
    public ProposalOptionNames NamesFor(string language)
    {
        if (language == Domain.Proposals.ProposalTerms.Languages[0])
        {
            return new(ToPolicy().OptionNames, "Recommended", "Main");
        }
        var tiers = OptionNamesByLanguage.GetValueOrDefault(language) is { Length: > 0 } configured ? configured
            : DefaultOptionNamesByLanguage.GetValueOrDefault(language) ?? [.. ToPolicy().OptionNames];
        return language == Localization.Languages.Chinese ? new(tiers, "推荐方案", "主方案") : new(tiers, "Recommended", "Main");
    }

    /// <summary>How long an issued proposal is valid.</summary>
    [Range(1, 365, ErrorMessage = "Proposals:ValidityDays is a number of days from 1 to 365.")]
    public int ValidityDays { get; set; } = 30;

    /// <summary>The value model's assumptions (<c>Proposals:Value:*</c>).</summary>
    public ValueSettings Value { get; set; } = new();

    public EnginePolicy ToPolicy() => new()
    {
        TotalsDiscountLimitPercent = Percentage.From(TotalsDiscountLimitPercent),
        OptionNames = OptionNames.Length == 0 ? EnginePolicy.Default.OptionNames : OptionNames,
        Value = new ValuePolicy
        {
            WeakImprovement = Percentage.From(Value.WeakImprovementPercent),
            MediumImprovement = Percentage.From(Value.MediumImprovementPercent),
            StrongImprovement = Percentage.From(Value.StrongImprovementPercent),
            ConservativeShare = Percentage.From(Value.ConservativePercent),
            AmbitiousPercent = Value.AmbitiousPercent,
            FirstYearRampUp = Percentage.From(Value.FirstYearRampUpPercent),
        },
    };

    /// <summary>The share of a pain's cost an item removes when nobody has said otherwise, by strength, and the scenarios around it.</summary>
    public sealed class ValueSettings
    {
        public decimal WeakImprovementPercent { get; set; } = ValuePolicy.Default.WeakImprovement.Value;

        public decimal MediumImprovementPercent { get; set; } = ValuePolicy.Default.MediumImprovement.Value;

        public decimal StrongImprovementPercent { get; set; } = ValuePolicy.Default.StrongImprovement.Value;

        public decimal ConservativePercent { get; set; } = ValuePolicy.Default.ConservativeShare.Value;

        public decimal AmbitiousPercent { get; set; } = ValuePolicy.Default.AmbitiousPercent;

        public decimal FirstYearRampUpPercent { get; set; } = ValuePolicy.Default.FirstYearRampUp.Value;
    }

    /// <summary>The checks data annotations cannot say.</summary>
    public sealed class Validator : IValidateOptions<ProposalSettings>
    {
        public ValidateOptionsResult Validate(string? name, ProposalSettings options)
        {
            if (!Percentage.IsValid(options.TotalsDiscountLimitPercent))
            {
                return ValidateOptionsResult.Fail($"Proposals:TotalsDiscountLimitPercent is a percentage from {Percentage.MinValue} to {Percentage.MaxValue}.");
            }
            if (ValueProblem(options.Value) is { } valueProblem)
            {
                return ValidateOptionsResult.Fail(valueProblem);
            }
            if (NamesProblem("Proposals:OptionNames", options.OptionNames) is { } problem)
            {
                return ValidateOptionsResult.Fail(problem);
            }
            foreach (var (language, names) in options.OptionNamesByLanguage)
            {
                if (!Domain.Proposals.ProposalTerms.Languages.Skip(1).Contains(language, StringComparer.Ordinal))
                {
                    return ValidateOptionsResult.Fail($"Proposals:OptionNamesByLanguage:{language}: proposals are not written in '{language}'; name the options for one of {string.Join(", ", Domain.Proposals.ProposalTerms.Languages.Skip(1))}.");
                }
                if (NamesProblem($"Proposals:OptionNamesByLanguage:{language}", names) is { } languageProblem)
                {
                    return ValidateOptionsResult.Fail(languageProblem);
                }
            }
            return ValidateOptionsResult.Success;
        }

        private static string? ValueProblem(ValueSettings value)
        {
            foreach (var (key, percent) in new[]
            {
                ("WeakImprovementPercent", value.WeakImprovementPercent), ("MediumImprovementPercent", value.MediumImprovementPercent),
                ("StrongImprovementPercent", value.StrongImprovementPercent), ("ConservativePercent", value.ConservativePercent),
                ("FirstYearRampUpPercent", value.FirstYearRampUpPercent),
            })
            {
                if (!Percentage.IsValid(percent))
                {
                    return $"Proposals:Value:{key} is a percentage from {Percentage.MinValue} to {Percentage.MaxValue}; it is {percent}.";
                }
            }
            if (!(value.WeakImprovementPercent <= value.MediumImprovementPercent && value.MediumImprovementPercent <= value.StrongImprovementPercent))
            {
                return $"Proposals:Value: a weak item cannot be expected to remove more than a medium one, nor a medium more than a strong one; they are {value.WeakImprovementPercent}, {value.MediumImprovementPercent} and {value.StrongImprovementPercent}.";
            }
            return value.AmbitiousPercent is < 100m or > ValuePolicy.MaxAmbitiousPercent
                ? $"Proposals:Value:AmbitiousPercent is how far above the expected improvement the ambitious scenario goes, from 100 to {ValuePolicy.MaxAmbitiousPercent}; it is {value.AmbitiousPercent}."
                : null;
        }

        private static string? NamesProblem(string key, string[] names)
        {
            if (names.Length == 0)
            {
                return null;
            }
            if (names.Length != 3 || names.Any(string.IsNullOrWhiteSpace) || names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != 3)
            {
                return $"{key} names the Good / Better / Best options: three different names, e.g. Essential, Advantage, Premium; it has {names.Length}: {string.Join(", ", names.Select(n => $"'{n}'"))}.";
            }
            return names.FirstOrDefault(n => n.Trim().Length > Domain.Proposals.ProposalTerms.OptionNameMaxLength) is { } tooLong
                ? $"{key}: '{tooLong}' is longer than {Domain.Proposals.ProposalTerms.OptionNameMaxLength} characters."
                : null;
        }
    }
}
