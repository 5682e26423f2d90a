using System.Text.Json.Serialization;

namespace Configurator.Web.Features.Me;

/// <summary>
/// PATCH /api/v1/me: <c>{"language": "zh-CN", "phone": "+49 30 1234 5678"}</c>; each property changes only
/// when sent. A null language follows the browser again; a null or empty phone removes it.
/// </summary>
public sealed class MeUpdate
{
    private string? _language;
    private string? _phone;

    public string? Language { get => _language; set { _language = value; LanguageSent = true; } }

    /// <summary>The phone number documents print in their contact block, beside the e-mail address.</summary>
    public string? Phone { get => _phone; set { _phone = value; PhoneSent = true; } }

    [JsonIgnore]
    public bool LanguageSent { get; private set; }

    [JsonIgnore]
    public bool PhoneSent { get; private set; }
}
