namespace Configurator.Web.Features.Shared;

/// <summary>Which page of a list to show (from 1) and how many items a page holds.</summary>
public sealed record Paging(int Page, int PageSize)
{
    public int Skip => (Page - 1) * PageSize;
}
