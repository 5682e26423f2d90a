using Microsoft.Extensions.Localization;

namespace Configurator.Web.Localization;

/// <summary>Every localizer the framework asks for (validation attributes, display names) is the one <see cref="Text"/> localizer.</summary>
public sealed class TextLocalizerFactory(IStringLocalizer<Text> text) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => text;

    public IStringLocalizer Create(string baseName, string location) => text;
}
