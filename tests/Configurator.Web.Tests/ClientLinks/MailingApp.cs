using Configurator.Web.Features.Mail;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.ClientLinks;

/// <summary>The app with a mail server "configured": an outbox that keeps what it is given, for the tests to read.</summary>
public sealed class MailingApp : AppFactory
{
    public CapturingOutbox Outbox { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IMailOutbox>(Outbox));
    }
}
