using Scalar.AspNetCore;
using Sujuva.Web.Components;
using Sujuva.Web.Data;
using Sujuva.Web.Data.DemoNetwork;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Features.Admin;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.ClientPages;
using Sujuva.Web.Features.Clients;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Blueprints;
using Sujuva.Web.Features.Feedback;
using Sujuva.Web.Features.Forecasts;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Features.Sprints;
using Sujuva.Web.Features.Programmes;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Features.Pulse;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Features.StandUp;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;
using Sujuva.Web.Platform.Jobs;
using Sujuva.Web.Platform.Localisation;
using Sujuva.Web.Platform.Mail;
using Sujuva.Web.Platform.Security;

var builder = WebApplication.CreateBuilder(args);
// Package assets (MudBlazor's _content) also when run unpublished outside Development; a no-op when published.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddSingleton(TimeProvider.System);  // the one clock: tests replace it, src/ may not read another
builder.Services.AddSujuvaDatabase(builder.Configuration, builder.Environment);
builder.Services.AddSujuvaAuth();
builder.Services.AddSujuvaSecurity();
builder.Services.AddSignInRateLimit(builder.Configuration);
builder.Services.AddSujuvaApi();
builder.Services.AddRequestBudgets(builder.Configuration);
builder.Services.AddJobs();
builder.Services.AddMail();
builder.Services.AddSujuvaLocalisation();
builder.Services.AddSujuvaAccess(builder.Configuration);
builder.Services.AddCaseChangeAdmission();
builder.Services.AddBlockReasonNames();
builder.Services.AddEventLog();
builder.Services.AddFlowMetrics();
builder.Services.AddFeedback();
builder.Services.AddSprintArtefacts();
builder.Services.AddPulse();
builder.Services.AddProgrammes();
builder.Services.AddDemoNetwork(builder.Configuration);
builder.Services.AddSujuvaUi();

var app = builder.Build();
await app.PrepareDatabaseAsync();

app.UseSujuvaSecurity();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestTimeouts();
app.UseSujuvaLocalisation();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealth();
// Every endpoint below keeps its input contract (Platform/Input) before its handler runs.
var endpoints = app.MapGroup("").WithInputContract();
endpoints.MapAuthApi();
endpoints.MapAccountApi();
endpoints.MapCalendarFeeds();
var api = endpoints.MapGroup("/api").RequireAuthorization().WithApiBudget();
api.MapNetworkApi();
api.MapBoardsApi();
api.MapClientsApi();
api.MapCasesApi();
api.MapReferralsApi();
api.MapEventsApi();
api.MapMetricsApi();
api.MapStandUpApi();
api.MapFeedbackApi();
api.MapPublicFeedbackApi();
api.MapPublicSprintTestApi();
api.MapPulseApi();
api.MapAuditApi();
api.MapAdminApi();
api.MapExportsApi();
api.MapForecastsApi();
api.MapImprovementsApi();
api.MapSprintsApi();
api.MapProgrammesApi();
api.MapBlueprintsApi();
api.MapMyCalendarFeedApi();
api.MapClientPagesApi();
app.MapCultureSwitch();
app.MapSujuvaUi();

await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
