namespace Configurator.Web.Localization;

/// <summary>
/// The interface's words. The English text is the key (so English never needs a resource file and a
/// missing translation falls back to readable English); <c>Text.zh-CN.resx</c> holds the Chinese.
/// Views and services take <c>IStringLocalizer&lt;Text&gt;</c> and call it <c>T</c>:
/// <c>T["Save"]</c>, <c>T["Added {0}", name]</c>, <c>T.Plural(n, "{0} user", "{0} users")</c>.
/// </summary>
public sealed class Text;
