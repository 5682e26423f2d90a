using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddConfiguratorLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizer<Text>, TextLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.All.Select(code => new CultureInfo(code)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new LanguageCultureProvider()];
        });
        return services;
    }
}
