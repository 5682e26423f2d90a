using System.Security.Cryptography;
using System.Text;
using Configurator.Domain.Portal;

namespace Configurator.Web.Features.Portal;

/// <summary>
/// The tokens in links to the client: 256 random bits, base64url in the URL, only their SHA-256 stored.
/// A token is looked up by its hash, so the database never holds a working link.
/// </summary>
public static class ClientTokens
{
    /// <summary>A new token and the hash to store; the token is shown once, to the sender.</summary>
    public static (string Token, string Hash) New()
    {
        var token = Base64UrlEncode(RandomNumberGenerator.GetBytes(ClientLinkRules.TokenBytes));
        return (token, Hash(token));
    }

    /// <summary>SHA-256 of the token, lowercase hex; null when the text cannot be a token (wrong length or characters), so nothing is looked up for it.</summary>
    public static string? HashOf(string? token) => IsWellFormed(token) ? Hash(token!) : null;

    /// <summary>Compares two hashes in constant time (the lookup itself is by hash, which tells an attacker nothing about a token).</summary>
    public static bool SameHash(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    private static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
