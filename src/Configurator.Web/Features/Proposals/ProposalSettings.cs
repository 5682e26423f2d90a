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

    /// <summary>The names of the Good / Better / Best options; empty means the defaults.</summary>
    public string[] OptionNames { get; set; } = [];

    /// <summary>How long an issued proposal is valid.</summary>
    [Range(1, 365, ErrorMessage = "Proposals:ValidityDays is a number of days from 1 to 365.")]
    public int ValidityDays { get; set; } = 30;

    public EnginePolicy ToPolicy() => new()
    {
        TotalsDiscountLimitPercent = Percentage.From(TotalsDiscountLimitPercent),
        OptionNames = OptionNames.Length == 0 ? EnginePolicy.Default.OptionNames : OptionNames,
    };

    /// <summary>The checks data annotations cannot say.</summary>
    public sealed class Validator : IValidateOptions<ProposalSettings>
    {
        public ValidateOptionsResult Validate(string? name, ProposalSettings options)
        {
            if (!Percentage.IsValid(options.TotalsDiscountLimitPercent))
            {
                return ValidateOptionsResult.Fail($"Proposals:TotalsDiscountLimitPercent is a percentage from {Percentage.MinValue} to {Percentage.MaxValue}.");
            }
            var names = options.OptionNames;
            if (names.Length == 0)
            {
                return ValidateOptionsResult.Success;
            }
            if (names.Length != 3 || names.Any(string.IsNullOrWhiteSpace) || names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != 3)
            {
                return ValidateOptionsResult.Fail($"Proposals:OptionNames names the Good / Better / Best options: three different names, e.g. Essential, Advantage, Premium; it has {names.Length}: {string.Join(", ", names.Select(n => $"'{n}'"))}.");
            }
            return names.FirstOrDefault(n => n.Trim().Length > Domain.Proposals.ProposalTerms.OptionNameMaxLength) is { } tooLong
                ? ValidateOptionsResult.Fail($"Proposals:OptionNames: '{tooLong}' is longer than {Domain.Proposals.ProposalTerms.OptionNameMaxLength} characters.")
                : ValidateOptionsResult.Success;
        }
    }
}
