using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Configurator.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Configurator.Web.Hosting;

/// <summary>
/// The keys that sign cookies, tokens and antiforgery fields live in the database (table DataProtectionKeys), so a cookie
/// one app instance signed is honoured by every other. They are encrypted at rest with the certificate in <c>DataProtection:CertificatePath</c> (a .pfx, with
/// <c>DataProtection:CertificatePassword</c>), else on Windows with DPAPI; elsewhere without a certificate they
/// are plain files, and Production says so in a warning at start.
/// </summary>
public static class DataProtectionSetup
{
    public const string Section = "DataProtection";

    public static IServiceCollection AddConfiguratorDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("Configurator")
            .PersistKeysToDbContext<ConfiguratorDbContext>();
        if (Certificate(configuration) is { } certificate)
        {
            // Unprotect with the same certificate without looking it up in a store: the file is the key.
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        else if (OperatingSystem.IsWindows())
        {
            builder.ProtectKeysWithDpapi();
        }
        else if (environment.IsProduction())
        {
            StartupWarnings.In(services).Add($"The data-protection keys in the database (table DataProtectionKeys) are not encrypted at rest: anyone who reads them can forge sign-ins. Set DataProtection:CertificatePath (a .pfx file) and DataProtection:CertificatePassword.");
        }
        return services;
    }

    /// <summary>The configured certificate with its private key, or null when none is configured; a wrong one stops the start with a sentence.</summary>
    private static X509Certificate2? Certificate(IConfiguration configuration)
    {
        var path = configuration[$"{Section}:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath is '{path}', but there is no such file; give the path of a .pfx certificate with its private key.");
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[$"{Section}:CertificatePassword"]);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"The certificate at DataProtection:CertificatePath '{path}' could not be opened ({e.Message}); check the file and DataProtection:CertificatePassword.", e);
        }
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The certificate at DataProtection:CertificatePath '{path}' has no private key; the keys could be encrypted but never read again. Export it with its private key (.pfx).");
    }
}
