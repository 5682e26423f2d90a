namespace Configurator.Web.Features.Mail;

/// <summary>Registers the SMTP outbox and its sender; the settings are read (and refused with the setting's name) when the app starts.</summary>
public static class MailSetup
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddSingleton(provider => SmtpSettings.Read(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<SmtpMailOutbox>();
        services.AddSingleton<IMailOutbox>(provider => provider.GetRequiredService<SmtpMailOutbox>());
        services.AddHostedService<SmtpMailSender>();
        return services;
    }
}
