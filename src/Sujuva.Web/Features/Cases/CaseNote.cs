using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>What a note explains: a block's reason, a move past a WIP limit or a reopening.</summary>
public enum CaseNoteKind
{
    BlockReason,
    WipOverride,
    ReopenReason,
}

/// <summary>
/// Free text a worker writes about a case (why it is blocked, why a WIP limit was passed). It may name
/// the client, so it lives beside the case, not in the event log: read only with a need-to-know grant and
/// audited (GET /api/cases/{id}/notes), never exported. The event carries the code or a flag.
/// </summary>
public sealed class CaseNote
{
    /// <summary>The column's length; a longer text is refused (400) before it reaches the database.</summary>
    public const int MaxLength = 1000;

    public long Id { get; private set; }
    public CaseId CaseId { get; private set; }
    public CaseNoteKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public UserId WrittenBy { get; private set; }
    public DateTime WrittenAt { get; private set; }

    private CaseNote() { }

    /// <summary>Null for a text longer than MaxLength, refused as the request field <paramref name="field"/>.</summary>
    public static Refusal? Refuse(string? text, string field) => text is { Length: > MaxLength }
        ? Refusal.Invalid(field, "Cases.NoteTooLong", $"At most {MaxLength} characters.")
        : null;

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
        b.Property(n => n.Text).HasMaxLength(CaseNote.MaxLength);
        b.HasIndex(n => n.CaseId);
    }
}
