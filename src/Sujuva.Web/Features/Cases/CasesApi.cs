using Sujuva.Web.Features.WorkLogs;

namespace Sujuva.Web.Features.Cases;

public static class CasesApi
{
    public static void MapCasesApi(this IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapPost("/", OpenCase.HandleAsync);
        cases.MapGet("/{caseId:guid}", OpenCase.GetAsync);
        cases.MapPost("/{caseId:guid}/moves", MoveCase.HandleAsync);
        cases.MapPost("/{caseId:guid}/block", BlockCase.BlockAsync);
        cases.MapPost("/{caseId:guid}/unblock", BlockCase.UnblockAsync);
        cases.MapPost("/{caseId:guid}/assign", AssignCase.HandleAsync);
        cases.MapPost("/{caseId:guid}/close", CloseCase.CloseAsync);
        cases.MapPost("/{caseId:guid}/reopen", CloseCase.ReopenAsync);
        cases.MapPost("/{caseId:guid}/work", LogWork.HandleAsync).WithTags("WorkLogs");
        cases.MapGet("/{caseId:guid}/work", LogWork.ListAsync).WithTags("WorkLogs");
    }
}
