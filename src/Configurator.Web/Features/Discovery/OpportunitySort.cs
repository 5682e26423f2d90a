namespace Configurator.Web.Features.Discovery;

/// <summary>The orders the opportunity list offers; each ends with the id, so equal values keep one order from page to page.</summary>
public static class OpportunitySort
{
    public const string Id = "id";
    public const string CloseSoonest = "close";
    public const string CloseLatest = "-close";
    public const string ValueLargest = "-value";
    public const string ValueSmallest = "value";

    public static readonly IReadOnlyList<string> All = [Id, CloseSoonest, CloseLatest, ValueLargest, ValueSmallest];
}
