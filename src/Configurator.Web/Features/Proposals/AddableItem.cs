using Configurator.Domain.Catalogue;

namespace Configurator.Web.Features.Proposals;

/// <summary>
/// One search result of "add item": the item, its price in the proposal's currency (when it has one), the open
/// pain points it answers, and, when it cannot be added, why ("already in Essential", a rule, not priced …).
/// </summary>
public sealed record AddableItem(string Code, string Name, ItemKind Kind, PricingModel Model, string? Price, string? Answers, string? Blocked);
