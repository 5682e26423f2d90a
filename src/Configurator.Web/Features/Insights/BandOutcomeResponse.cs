namespace Configurator.Web.Features.Insights;

/// <summary>One band in the API: its code (percent, lower bound inclusive), won, lost, win rate 0…1 and average discount in percent (null when none decided).</summary>
public sealed record BandOutcomeResponse(string Band, int Won, int Lost, decimal? WinRate, decimal? AverageDiscountPercent);
