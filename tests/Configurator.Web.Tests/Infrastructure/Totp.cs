using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Configurator.Web.Tests.Infrastructure;

/// <summary>
/// RFC 6238 as an authenticator app computes it (HMAC-SHA1, 30-second steps, 6 digits) from the base32 key the
/// setup page shows, written here independently of Identity so the tests check the app against the standard.
/// </summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset? at = null, int stepOffset = 0)
    {
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30 + stepOffset;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(FromBase32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A code that is not the current one nor one of the steps around it that a server accepts for clock drift.</summary>
    public static string WrongCode(string base32Key)
    {
        var accepted = Enumerable.Range(-2, 5).Select(i => Code(base32Key, stepOffset: i)).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => ((int.Parse(Code(base32Key), System.Globalization.CultureInfo.InvariantCulture) + 1 + i) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            .First(code => !accepted.Contains(code));
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not base32.");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
