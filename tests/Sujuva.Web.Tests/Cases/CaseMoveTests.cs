using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Tests.Cases;

public sealed class CaseMoveTests
{
    [Fact]
    public void MoveTo_StageBelowWipLimit_MovesBumpsVersionAndRecordsEvent()
    {
        var service = Board.Service();
        var c = Board.OpenCase(service);

        var refusal = c.MoveTo(service.Stage("Work"), 0, null, Board.Worker, Board.At.AddHours(1));

        Assert.Null(refusal);
        Assert.Equal(service.Stage("Work"), c.StageId);
        Assert.Equal(2, c.Version);
        var moved = Assert.Single(c.TakeEvents());
        Assert.Equal((EventTypes.CaseMoved, service.Stage("Work")), (moved.Type, moved.StageId!.Value));
    }

    [Fact]
    public void MoveTo_StageAtWipLimit_IsRefusedAndChangesNothing()
    {
        var service = Board.Service();
        var c = Board.OpenCase(service);

        var refusal = c.MoveTo(service.Stage("Work"), 1, null, Board.Worker, Board.At);

        Assert.Equal((RefusalKind.Rule, "Cases.WipLimitReached"), (refusal!.Kind, refusal.Code));
        Assert.Equal(service.Stage("Intake"), c.StageId);
        Assert.Equal(1, c.Version);
        Assert.Empty(c.TakeEvents());
    }

    [Fact]
    public void MoveTo_StageAtWipLimitWithOverrideReason_MovesAndRecordsTheReason()
    {
        var service = Board.Service();
        var c = Board.OpenCase(service);

        var refusal = c.MoveTo(service.Stage("Work"), 1, "Court deadline", Board.Worker, Board.At);

        Assert.Null(refusal);
        // The event says the limit was passed; the reason, free text, is a note beside the case.
        Assert.Equal("\"wipOverride\":true", Assert.Single(c.TakeEvents()).Payload.Split(',')[1].TrimEnd('}'));
        Assert.Equal(("Court deadline", CaseNoteKind.WipOverride), (Assert.Single(c.Notes).Text, c.Notes.Single().Kind));
    }

    [Fact]
    public void MoveTo_StageOfAnotherBoard_IsInvalid()
    {
        var c = Board.OpenCase(Board.Service());

        var refusal = c.MoveTo(Board.Service("Muu").Stage("Work"), 0, null, Board.Worker, Board.At);

        Assert.Equal((RefusalKind.Invalid, "stageId"), (refusal!.Kind, refusal.Field));
    }

    [Fact]
    public void MoveTo_SameStage_IsRefused()
    {
        var service = Board.Service();
        var c = Board.OpenCase(service);

        Assert.Equal("Cases.AlreadyInStage", c.MoveTo(service.Stage("Intake"), 0, null, Board.Worker, Board.At)!.Code);
    }
}
