using Configurator.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Hosting;

/// <summary>
/// Text from a form, a query or a route follows the API's rule (<see cref="PlainText"/>): a control character
/// is refused with a sentence under the field's name, in the reader's language, and the value is not bound,
/// so a page shows it next to the field and nothing is saved. JSON bodies are checked by <see cref="PlainTextJsonConverter"/>.
/// </summary>
public sealed class PlainTextModelBinder(IModelBinder inner) : IModelBinder
{
    private const string RefusalsKey = nameof(PlainTextModelBinder);

    /// <summary>The fields this request's text was refused in, with the sentence, for actions that answer refusals themselves.</summary>
    public static IReadOnlyList<(string Field, string Message)> Refusals(HttpContext context) =>
        context.Items[RefusalsKey] as List<(string Field, string Message)> ?? [];

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result is { IsModelSet: true, Model: string text } && PlainText.ForbiddenCharacter(text) is { } forbidden)
        {
            var T = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Text>>();
            string message = T["Remove the invisible control character (U+{0}); text may hold letters, digits, punctuation, tabs and line breaks.",
                ((int)forbidden).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)];
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, message);
            if (bindingContext.HttpContext.Items[RefusalsKey] is not List<(string Field, string Message)> refusals)
            {
                bindingContext.HttpContext.Items[RefusalsKey] = refusals = [];
            }
            refusals.Add((bindingContext.ModelName, message));
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }

    /// <summary>Gives every string bound from anything but a JSON body this binder.</summary>
    public sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(string) && context.BindingInfo.BindingSource?.CanAcceptDataFrom(BindingSource.Body) != true
                ? new PlainTextModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }
}
