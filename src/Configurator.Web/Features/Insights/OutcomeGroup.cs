using Configurator.Domain.Portal;

namespace Configurator.Web.Features.Insights;

/// <summary>One group of the outcome query: band indexes (differentiation, discount), won or lost, the client's decline reason.</summary>
public sealed record OutcomeGroup(int Differentiation, int Discount, bool Won, DeclineReason? Reason, int Count, decimal DiscountPercentSum);
