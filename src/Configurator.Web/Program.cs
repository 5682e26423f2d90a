using Configurator.Domain.Catalogue;
using Configurator.Web.Data;
using Configurator.Web.Demo;
using Configurator.Web.Documents;
using Configurator.Web.Features.Catalogue;
using Configurator.Web.Features.Discovery;
using Configurator.Web.Features.Health;
using Configurator.Web.Features.Insights;
using Configurator.Web.Features.Proposals;
using Configurator.Web.Hosting;
using Configurator.Web.Localization;
using Microsoft.AspNetCore.Mvc;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
try
{
    builder.Services.AddConfiguratorDatabase(builder.Configuration);
    builder.Services.AddConfiguratorSecurity(builder.Configuration, builder.Environment);
}
catch (InvalidOperationException e)
{
    // Settings that cannot work (database, proxy, keys, passwords): each check throws one sentence saying what to set.
    // Before the host exists, a logger from the same Logging settings says it.
    using var loggers = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
    (e as StartupFailure ?? new StartupFailure(e.Message, e)).Report(loggers.CreateLogger("Configurator.Startup"));
    if (StartupFailure.HostedElsewhere)
    {
        throw;
    }
    return;
}
builder.Services.AddConfiguratorLocalization();
builder.Services.AddControllersWithViews(SecuritySetup.ConfigureMvc)
    .AddRazorOptions(options =>
    {
        // Feature folders: a controller's views live beside it.
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        options.ViewLocationExpanders.Add(new FeatureFolders());
    })
    .AddJsonOptions(options =>
    {
        options.JsonSerializerOptions.Converters.Add(new ContractCodeJsonConverter());
        options.JsonSerializerOptions.Converters.Add(new PlainTextJsonConverter());
    });
builder.Services.Configure<ApiBehaviorOptions>(options =>
    options.InvalidModelStateResponseFactory = ApiValidationProblems.Create);
builder.Services.AddProblemDetails();
// Pages carry Chinese and typographic characters as they are, not as numeric entities.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
    options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddOpenApi();
builder.Services.AddConfiguratorHealth();

builder.Services.Configure<PdfSettings>(builder.Configuration.GetSection("Pdf"));
builder.Services.Configure<TemplateSettings>(builder.Configuration.GetSection("Templates"));
builder.Services.AddSingleton<ChromiumBrowser>();
builder.Services.AddHostedService(services => services.GetRequiredService<ChromiumBrowser>());
builder.Services.AddSingleton<TemplateFolder>();
builder.Services.AddSingleton<PdfRenderer>();
builder.Services.AddSingleton<ProposalDocumentRenderer>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddScoped<DemoProposals>();
builder.Services.AddSingleton<IProposalTextSyntax, ScribanSyntax>();
builder.Services.AddSingleton<CatalogueValidation>();
builder.Services.AddScoped<CatalogueImporter>();
builder.Services.AddSingleton<CatalogueCache>();
builder.Services.AddSingleton<ProposalTextRenderer>();
builder.Services.AddOptions<ProposalTextSettings>().BindConfiguration(ProposalTextSettings.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<ProposalDocumentBuilder>();
builder.Services.AddSingleton(PlaybookSettings.Load(builder.Configuration));
builder.Services.AddSingleton<DiscoveryPageMessages>();
builder.Services.AddSingleton<TimelineWords>();
builder.Services.AddScoped<OpportunityWorkspace>();
builder.Services.AddOptions<AccountListSettings>().BindConfiguration(AccountListSettings.Section).ValidateOnStart();
builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<AccountListSettings>, AccountListSettings.Validator>();
builder.Services.AddSingleton(services => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountListSettings>>().Value.ToChoices());
builder.Services.AddScoped<AccountService>();
builder.Services.AddScoped<AccountList>();
builder.Services.AddScoped<OpportunityList>();
builder.Services.AddScoped<InsightFilters>();
builder.Services.AddScoped<CatalogueGaps>();
builder.Services.AddScoped<InnovationReuse>();
builder.Services.AddScoped<InsightPage>();
builder.Services.AddScoped<DifferentiationOutcomes>();
builder.Services.AddScoped<InnovationNames>();
builder.Services.AddScoped<OutcomeWords>();
builder.Services.AddScoped<PainHeatmap>();
builder.Services.AddScoped<PipelineCoverage>();
builder.Services.AddScoped<OpportunityService>();
builder.Services.AddScoped<PainPointService>();
builder.Services.AddScoped<StakeholderService>();
builder.Services.AddOptions<ProposalSettings>().BindConfiguration(ProposalSettings.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ProposalSettings>, ProposalSettings.Validator>();
builder.Services.AddSingleton<ProposalEngine>();
builder.Services.AddScoped<ProposalService>();
builder.Services.AddScoped<ProposalList>();
builder.Services.AddScoped<BuilderPage>();
builder.Services.AddScoped<SectionStarters>();
builder.Services.AddSingleton<ProposalPageWords>();
builder.Services.AddScoped<ApprovalQueue>();
builder.Services.AddSingleton<ApprovalFiguresCache>();
builder.Services.AddScoped<Configurator.Web.Features.Me.UserLanguage>();
builder.Services.AddScoped<Configurator.Web.Features.Me.OwnPassword>();
builder.Services.AddScoped<ProposalRevisions>();
builder.Services.AddScoped<Configurator.Web.Features.ContentBlocks.ContentBlockSuggestions>();
builder.Services.AddSingleton<RevisionClaims>();
builder.Services.AddSingleton<DocumentWork>();
// Issue #18, the client's side. Each feature registers below its own line; the placeholders are replaced by the real services.
Configurator.Web.Features.Mail.MailSetup.AddMail(builder.Services);
builder.Services.AddScoped<Configurator.Web.Features.Notifications.IClientActivityNotifier, Configurator.Web.Features.Notifications.ClientActivityNotifier>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Configurator.Web.Features.Notifications.AppAddress>();
builder.Services.AddScoped<Configurator.Web.Features.Notifications.NotificationWords>();
builder.Services.AddScoped<Configurator.Web.Features.Notifications.QuestionAnswers>();
builder.Services.AddScoped<SignedCopies>();
builder.Services.AddScoped<Configurator.Web.Features.Verify.DocumentVerifier>();
builder.Services.AddScoped<Configurator.Web.Features.ClientLinks.ClientLinkService>();
builder.Services.AddSingleton<Configurator.Web.Features.ClientLinks.ClientLinkMail>();
builder.Services.AddSingleton<Configurator.Web.Features.ClientLinks.ClientLinkWords>();
builder.Services.AddScoped<Configurator.Web.Features.Portal.ClientAnswers>();
builder.Services.AddSingleton<Configurator.Web.Features.Portal.PortalWords>();

// Issue #19: each role's cards on the home.
builder.Services.AddScoped<Configurator.Web.Features.Dashboard.RepHome>();
builder.Services.AddScoped<Configurator.Web.Features.Dashboard.PresalesHome>();
builder.Services.AddScoped<Configurator.Web.Features.Dashboard.ApproverHome>();
builder.Services.AddScoped<Configurator.Web.Features.Dashboard.ProductHome>();
builder.Services.AddScoped<Configurator.Web.Features.Dashboard.AdminHome>();

var app = builder.Build();

if (StartupTasks.IsMigrateCommand(args))
{
    Environment.ExitCode = await StartupTasks.MigrateCommandAsync(app.Services, Console.Out, app.Logger);
    await app.DisposeAsync();
    return;
}
try
{
    await StartupTasks.PrepareAsync(app.Services, app.Configuration);
}
catch (StartupFailure failure)
{
    failure.Report(app.Logger);
    if (StartupFailure.HostedElsewhere)
    {
        throw;
    }
    await app.DisposeAsync();
    return;
}

if (VolumeSeed.IsRequested(args))
{
    Environment.ExitCode = await VolumeSeed.RunAsync(app.Services, args, Console.Out);
    return;
}

app.UseConfiguratorProxy();
// The client's page reads and sets no cookie, and carries its own headers: first, so nothing after it sees a cookie.
app.UseMiddleware<Configurator.Web.Features.Portal.PortalRequests>();
app.UseMiddleware<SecurityHeaders>();
app.UseMiddleware<RequestLogging>();
// The same error pages in every environment: they never show exception details (the log has them).
app.UseExceptionHandler("/error/500");
// Inside the exception handler: a database that does not answer is 503 with its own page, anything else still 500.
app.UseMiddleware<DatabaseOutageHandler>();
app.UseStatusCodePagesWithReExecute("/error/{0}");
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseMiddleware<PlainHttpRequests>();
}
app.UseStaticFiles(StaticFileCaching.Options);
app.UseRouting();
app.UseMiddleware<UnreadableRequests>();
app.UseAuthentication();
app.UseMiddleware<Configurator.Web.Features.SignIn.LiveSessionCheck>();
// After authentication: documents and previews are limited per signed-in person.
app.UseRateLimiter();
// After authentication: a signed-in user's profile language decides before the browser's.
app.UseRequestLocalization();
app.UseAuthorization();

app.MapConfiguratorHealth();
app.MapOpenApi();
app.MapControllers();

app.Run();

/// <summary>The app's entry point; public so in-process tests can host it.</summary>
public partial class Program;
