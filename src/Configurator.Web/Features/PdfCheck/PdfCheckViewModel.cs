namespace Configurator.Web.Features.PdfCheck;

public sealed record PdfCheckViewModel(bool Available, string Detail);
