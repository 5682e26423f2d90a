namespace Configurator.Web.Features.Brand;

/// <summary>The brand page: the form, whether a logo is stored, who changed the brand last (a name, null before the first save) and when.</summary>
public sealed record BrandViewModel(BrandForm Form, bool HasLogo, string? ChangedBy, DateTimeOffset? ChangedAt, string? Message);
