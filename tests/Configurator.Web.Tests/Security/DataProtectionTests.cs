using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Configurator.Web.Data;
using Configurator.Web.Hosting;
using Configurator.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Configurator.Web.Tests.Security;

/// <summary>The keys that sign cookies and tokens live in the database, encrypted at rest with a configured certificate; Production without one says so.</summary>
public sealed class DataProtectionTests : IDisposable
{
    private const string Password = "pfx-Pa55word";
    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"configurator-dp-{Guid.NewGuid():n}.pfx");

    public DataProtectionTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Configurator data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificatePath, certificate.Export(X509ContentType.Pfx, Password));
    }

    [Fact]
    public async Task WithACertificateTheKeysAreEncryptedAtRestAndSignInStillWorks()
    {
        using var app = new WithCertificate(_certificatePath, Password);

        var rep = await app.SignInAsync("rep@demo.local");
        var page = await rep.GetAsync("/opportunities");
        using var scope = app.Services.CreateScope();
        var key = Assert.Single(await scope.ServiceProvider.GetRequiredService<ConfiguratorDbContext>().DataProtectionKeys.ToListAsync()).Xml;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<encryptedSecret", key);
        Assert.Contains("EncryptedXmlDecryptor", key);
        Assert.DoesNotContain("<masterKey", key);
    }

    [Fact]
    public void AWrongPasswordStopsTheStartWithASentence()
    {
        using var app = new WithCertificate(_certificatePath, "not the password");

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("DataProtection:CertificatePassword", failure.ToString());
    }

    [Fact]
    public void ProductionWithoutACertificateWarnsThatTheKeysAreNotEncrypted()
    {
        using var app = new ProductionApp();
        _ = app.CreateClient();

        var warnings = app.Services.GetRequiredService<StartupWarnings>().Messages;

        Assert.Contains(warnings, w => w.Contains("not encrypted at rest", StringComparison.Ordinal) && w.Contains("DataProtection:CertificatePath", StringComparison.Ordinal));
    }

    public void Dispose() => File.Delete(_certificatePath);

    private sealed class WithCertificate(string path, string password) : AppFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = path,
            ["DataProtection:CertificatePassword"] = password,
        };
    }
}
