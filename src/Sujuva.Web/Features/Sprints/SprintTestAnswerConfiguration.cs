using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

public sealed class SprintTestAnswerConfiguration : IEntityTypeConfiguration<SprintTestAnswer>
{
    public void Configure(EntityTypeBuilder<SprintTestAnswer> b)
    {
        b.ToTable("SprintTestAnswers");
        b.Property(a => a.Verdict).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(a => a.Notes).HasMaxLength(SprintTestAnswer.MaxNotes);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasOne<Sprint>().WithMany().HasForeignKey(a => a.SprintId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.SprintId, a.Interview, a.QuestionId }).IsUnique();
    }
}
