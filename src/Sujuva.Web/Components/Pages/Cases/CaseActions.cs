using Sujuva.Web.Components.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Features.WorkLogs;

namespace Sujuva.Web.Components.Pages.Cases;

/// <summary>The case page's changes: the same operations as the REST API. Each returns a refusal code or null.</summary>
public sealed class CaseActions(PageData data, TimeProvider clock)
{
    public async Task<string?> LogWorkAsync(Guid caseId, int minutes) => PageData.ProblemCode((await data.RunAsync((db, user) =>
        LogWork.HandleAsync(caseId, new LogWorkRequest(minutes), db, user, clock, CancellationToken.None))).Result);

    public async Task<string?> BlockAsync(Guid caseId, int version, BlockReason reason, string? note)
    {
        var request = new BlockCaseRequest(reason, version, note);
        return PageData.InputProblem(request) ?? PageData.ProblemCode((await data.RunAsync((db, user) =>
            BlockCase.BlockAsync(caseId, request, db, user, clock, CancellationToken.None))).Result);
    }

    public async Task<string?> UnblockAsync(Guid caseId, int version) => PageData.ProblemCode((await data.RunAsync((db, user) =>
        BlockCase.UnblockAsync(caseId, new UnblockCaseRequest(version), db, user, clock, CancellationToken.None))).Result);

    public async Task<string?> CloseAsync(Guid caseId, int version, Outcome outcome) => PageData.ProblemCode((await data.RunAsync((db, user) =>
        CloseCase.CloseAsync(caseId, new CloseCaseRequest(outcome, version), db, user, clock, CancellationToken.None))).Result);

    public async Task<string?> ReferAsync(Guid caseId, Guid toService, string reason, bool consented, string? consentOverride)
    {
        var request = new SendReferralRequest(caseId, toService, reason, consented, consentOverride);
        return PageData.InputProblem(request) ?? PageData.ProblemCode((await data.RunAsync((db, user) =>
            SendReferral.HandleAsync(request, db, user, clock, CancellationToken.None))).Result);
    }
}
