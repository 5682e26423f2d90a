using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddConfiguratorLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizer<Text>, TextLocalizer>();
        // Validation attributes' ErrorMessage and [Display] names are keys too, looked up in the same resources.
        services.AddSingleton<IStringLocalizerFactory, TextLocalizerFactory>();
        services.AddOptions<MvcDataAnnotationsLocalizationOptions>()
            .Configure(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Text)));
        services.AddOptions<RequestLocalizationOptions>().Configure<IHostEnvironment>((options, environment) =>
        {
            var allowPseudo = environment.IsDevelopment() || environment.IsEnvironment("Testing");
            var cultures = Languages.All.Append(allowPseudo ? Languages.Pseudo : null).OfType<string>()
                .Select(code => new CultureInfo(code)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new Features.Portal.PortalCultureProvider(), new LanguageCultureProvider(allowPseudo)];
        });
        return services;
    }
}
