using System.Security.Claims;
using System.Threading.RateLimiting;
using Configurator.Domain.Users;
using Configurator.Web.Data;
using Configurator.Web.Features.SignIn;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Configurator.Web.Hosting;

/// <summary>Sign-in (cookies for pages, bearer tokens for the API), lockout, rate limits and antiforgery.</summary>
public static class SecuritySetup
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>Whole documents made on request (previews and draft PDFs), per signed-in person.</summary>
    public const string DocumentRateLimit = "documents";

    /// <summary>The catalogue editor's live preview of one item text, per signed-in person.</summary>
    public const string TextPreviewRateLimit = "text-previews";

    /// <summary>"Verify a document" (page and API, open without an account), per address.</summary>
    public const string VerifyRateLimit = "verify";
    /// <summary>The client's page (/p/…), per address: nobody signs in there, and a token guesser meets the limit long before a token.</summary>
    public const string PortalRateLimit = "portal";
    public const string AntiforgeryHeaderName = "RequestVerificationToken";
    private const string PagesOrApiScheme = "PagesOrApi";

    public static IServiceCollection AddConfiguratorSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var secureCookies = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddOptions<SessionSettings>().BindConfiguration(SessionSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        var lifetimes = configuration.GetSection(SessionSettings.Section).Get<SessionSettings>() ?? new SessionSettings();
        services.AddScoped<UserSessions>();
        services.AddScoped<SecondFactor>();

        services.AddConfiguratorDataProtection(configuration, environment);
        services.AddConfiguratorProxy(configuration, environment);

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // ASVS 5.0 V6: a length and a check against common passwords, no composition rules.
                options.Password.RequiredLength = PasswordMinLength(configuration);
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ConfiguratorDbContext>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddSignInManager<AppSignInManager>()
            .AddErrorDescriber<Features.Users.UserErrorDescriber>()
            .AddPasswordValidator<Features.Users.CommonPasswordValidator>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".Configurator.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies;
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.ExpireTimeSpan = lifetimes.IdleLifetime;
            options.SlidingExpiration = true;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // A plain 403 that the status-code pages render, instead of a redirect to a page.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.IsHtmx())
                {
                    // htmx would swap the login page into a fragment; ask it to navigate instead.
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers["HX-Redirect"] = context.RedirectUri;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }
                return Task.CompletedTask;
            };
        });

        // The short step between a right password and the one-time code (or setting up the app a role requires): no session yet.
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = ".Configurator.SignInStep";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies;
            options.SlidingExpiration = false;
        });

        // Identity re-reads a cookie's roles every half hour; the session id goes on into the new principal.
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(UserSessions.Claim) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
            {
                identity.AddClaim(new Claim(UserSessions.Claim, session.Value));
            }
            return Task.CompletedTask;
        });

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = PagesOrApiScheme;
                options.DefaultAuthenticateScheme = PagesOrApiScheme;
                options.DefaultChallengeScheme = PagesOrApiScheme;
                options.DefaultForbidScheme = PagesOrApiScheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = lifetimes.TokenLifetime;
                options.RefreshTokenExpiration = lifetimes.AbsoluteLifetime;
            })
            .AddPolicyScheme(PagesOrApiScheme, "Cookie for pages, bearer token for the API", options =>
                options.ForwardDefaultSelector = context => context.Request.Path.StartsWithSegments("/api")
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme);

        services.AddAuthorization(Policies.Configure);

        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeaderName;
            options.Cookie.Name = ".Configurator.Antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secureCookies;
        });

        services.AddOptions<MvcOptions>().Configure<IStringLocalizer<Text>>(LocalizeModelBinding);

        var permitsPerMinute = configuration.GetValue("RateLimiting:SignInPermitsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                // Say when to come back: the window's remaining time, or the whole window when the limiter does not tell.
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Ceiling(retryAfter.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                // The error page says which limit was reached: previews and PDFs are not sign-in attempts.
                if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName is { } policy)
                {
                    context.HttpContext.Items[RateLimitPolicyKey] = policy;
                }
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.AddPolicy(DocumentRateLimit, context => PerPerson(context, configuration.GetValue("RateLimiting:DocumentsPerMinute", 20)));
            options.AddPolicy(TextPreviewRateLimit, context => PerPerson(context, configuration.GetValue("RateLimiting:TextPreviewsPerMinute", 120)));
            options.AddPolicy(VerifyRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("RateLimiting:VerificationsPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.AddPolicy(PortalRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                "portal:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("RateLimiting:PortalPerMinute", 60),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });

        return services;
    }

    /// <summary>Where a refused request keeps the name of the limit it reached, for the error page.</summary>
    public const string RateLimitPolicyKey = "RateLimitPolicy";

    // Partitioned by the signed-in person (the rate limiter runs after authentication), so colleagues behind
    // one address do not share a limit; a request without a person falls back to its address.
    private static RateLimitPartition<string> PerPerson(HttpContext context, int permitsPerMinute) => RateLimitPartition.GetFixedWindowLimiter(
        context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id ? "user:" + id : "address:" + context.Connection.RemoteIpAddress,
        _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    /// <summary>Every state-changing MVC request must carry a valid antiforgery token.</summary>
    public static void ConfigureMvc(MvcOptions options)
    {
        options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
        options.Filters.Add(new Htmx.VaryFilter());
        options.ModelBinderProviders.Insert(0, new PlainTextModelBinder.Provider());
    }

    /// <summary>
    /// A value that cannot be read (not a number, not one of the choices) gets a sentence a person can act on,
    /// in the page's language; the API runs in English, so its problem details stay English.
    /// </summary>
    public static void LocalizeModelBinding(MvcOptions options, IStringLocalizer<Text> T)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => T["'{0}' is not a number; enter a number such as 12 or 12.5.", value]);
        messages.SetValueMustBeANumberAccessor(_ => T["Enter a number."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T["'{0}' is not a valid value here.", value]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => T["Enter a number."]);
        messages.SetUnknownValueIsInvalidAccessor(_ => T["This value is not valid here."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => T["This value is not valid here."]);
        messages.SetValueIsInvalidAccessor(value => T["'{0}' is not a valid value here.", value]);
    }

    /// <summary><c>Passwords:MinLength</c>: ASVS asks for at least 8, and a 64-character password must stay possible.</summary>
    private static int PasswordMinLength(IConfiguration configuration)
    {
        var length = configuration.GetValue("Passwords:MinLength", UserLimits.PasswordMinLength);
        return length is >= UserLimits.PasswordMinLength and <= 64
            ? length
            : throw new InvalidOperationException($"Passwords:MinLength is {length}; it takes a number of characters from {UserLimits.PasswordMinLength} to 64.");
    }
}
