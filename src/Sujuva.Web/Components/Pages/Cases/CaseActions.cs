using Sujuva.Web.Components.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Features.WorkLogs;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Components.Pages.Cases;

/// <summary>The case page's changes: the same operations as the REST API. Each returns why it was refused, or null.</summary>
public sealed class CaseActions(PageData data, TimeProvider clock, Features.Access.PersonalDataAccess access)
{
    public async Task<Refusal?> LogWorkAsync(Guid caseId, int minutes) => (await data.RunAsync((db, user) =>
        LogWork.ApplyAsync(caseId, new LogWorkRequest(minutes), db, user, clock, CancellationToken.None))).Refusal;

    public async Task<Refusal?> BlockAsync(Guid caseId, int version, BlockReason reason, string? note)
    {
        var request = new BlockCaseRequest(reason, version, note);
        return InputRules.Refuse(request) ?? (await data.RunAsync((db, user) =>
            BlockCase.BlockAsync(caseId, request, db, user, clock, CancellationToken.None))).Refusal;
    }

    public async Task<Refusal?> UnblockAsync(Guid caseId, int version) => (await data.RunAsync((db, user) =>
        BlockCase.UnblockAsync(caseId, new UnblockCaseRequest(version), db, user, clock, CancellationToken.None))).Refusal;

    public async Task<Refusal?> CloseAsync(Guid caseId, int version, Outcome outcome) => (await data.RunAsync((db, user) =>
        CloseCase.CloseAsync(caseId, new CloseCaseRequest(outcome, version), db, user, clock, CancellationToken.None))).Refusal;

    public async Task<Refusal?> ReopenAsync(Guid caseId, int version, ReopenReason reason, string? note)
    {
        var request = new ReopenCaseRequest(version, reason, string.IsNullOrWhiteSpace(note) ? null : note);
        return InputRules.Refuse(request) ?? (await data.RunAsync((db, user) =>
            ReopenCase.ApplyAsync(caseId, request, db, user, access, clock, CancellationToken.None))).Refusal;
    }

    /// <param name="resendOf">The declined referral this one sends again, if it does.</param>
    public async Task<Refusal?> ReferAsync(Guid caseId, Guid toService, string reason, bool consented, string? consentOverride,
        Guid? resendOf = null)
    {
        var request = new SendReferralRequest(caseId, toService, reason, consented, consentOverride, resendOf);
        return InputRules.Refuse(request) ?? (await data.RunAsync((db, user) =>
            SendReferral.ApplyAsync(request, db, user, clock, CancellationToken.None))).Refusal;
    }
}
