using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Access;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Audit;

namespace Sujuva.IntegrationTests.Audit;

/// <summary>
/// Four audit entries on two local days of June 2026 (Helsinki, UTC+3), written through the app's
/// AuditTrail in time order, beside whatever sign-ins the test's own requests add today.
/// </summary>
public sealed record AuditLogGiven(SujuvaApp App, HttpClient Admin, Guid CoachId, Guid AdminId, CaseDto Case, Guid ReferralId)
{
    /// <summary>Coach reads the client by the case, 11:00 local on 10 June.</summary>
    public static readonly DateTime CaseRead = new(2026, 6, 10, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>Coach reads the client by the referral, 23:59 local on 10 June.</summary>
    public static readonly DateTime ReferralRead = new(2026, 6, 10, 20, 59, 0, DateTimeKind.Utc);

    /// <summary>The administrator exports, 00:00 local on 11 June: the next local day.</summary>
    public static readonly DateTime Export = new(2026, 6, 10, 21, 0, 0, DateTimeKind.Utc);

    /// <summary>The administrator changes the coach's roles, 12:00 local on 11 June.</summary>
    public static readonly DateTime RoleChange = new(2026, 6, 11, 9, 0, 0, DateTimeKind.Utc);

    public static async Task<AuditLogGiven> StartAsync(SujuvaApp app)
    {
        var coach = await app.SignInAsync(FixtureNetwork.Coach);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var @case = await AccessGiven.CoachCaseAsync(coach);
        var referral = await AccessGiven.ReferToRehabAsync(coach, @case.Id);
        var coachId = new UserId(await AccessGiven.IdOfAsync(coach));
        var adminId = new UserId(await AccessGiven.IdOfAsync(admin));
        var client = new ClientId(@case.ClientId);

        var audit = app.Services.GetRequiredService<AuditTrail>();
        string[] fields = ["FirstName", "LastName"];
        await audit.RecordAsync(new AuditEntry(AuditKind.PersonalDataRead, CaseRead, coachId, client, fields, caseId: new CaseId(@case.Id)), Ct);
        await audit.RecordAsync(new AuditEntry(AuditKind.PersonalDataRead, ReferralRead, coachId, client, fields,
            referralId: new ReferralId(referral.Id)), Ct);
        await audit.RecordAsync(new AuditEntry(AuditKind.Export, Export, adminId, detail: "event log csv: service all"), Ct);
        await audit.RecordAsync(new AuditEntry(AuditKind.RoleChange, RoleChange, adminId, subjectUserId: coachId, detail: "roles=Worker"), Ct);
        return new AuditLogGiven(app, admin, coachId.Value, adminId.Value, @case, referral.Id);
    }

    /// <summary>Runs work on a database context of the app's own, as the administrators' page does.</summary>
    public async Task<T> OnDatabaseAsync<T>(Func<SujuvaDb, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SujuvaDb>());
    }

    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
