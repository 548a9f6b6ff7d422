using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sujuva.Web.Features.Cases;

/// <summary>What a note explains: a block's reason or a move past a WIP limit.</summary>
public enum CaseNoteKind
{
    BlockReason,
    WipOverride,
}

/// <summary>
/// Free text a worker writes about a case (why it is blocked, why a WIP limit was passed). It may name
/// the client, so it lives beside the case, not in the event log: read only with a need-to-know grant and
/// audited (GET /api/cases/{id}/notes), never exported. The event carries the code or a flag.
/// </summary>
public sealed class CaseNote
{
    public long Id { get; private set; }
    public CaseId CaseId { get; private set; }
    public CaseNoteKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public UserId WrittenBy { get; private set; }
    public DateTime WrittenAt { get; private set; }

    private CaseNote() { }

    public CaseNote(CaseId caseId, CaseNoteKind kind, string text, UserId by, DateTime at)
    {
        CaseId = caseId;
        Kind = kind;
        Text = text;
        WrittenBy = by;
        WrittenAt = at;
    }
}

public sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.Property(n => n.Id).ValueGeneratedOnAdd();
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.Text).HasMaxLength(1000);
        b.HasIndex(n => n.CaseId);
    }
}
