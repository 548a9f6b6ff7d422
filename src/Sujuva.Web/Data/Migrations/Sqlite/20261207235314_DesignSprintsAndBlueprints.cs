using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DesignSprintsAndBlueprints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceBlueprints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 222, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceBlueprints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sprints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LongTermGoal = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Questions = table.Column<string>(type: "TEXT", nullable: false, defaultValueSql: "'[]'"),
                    TargetMoment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MapActors = table.Column<string>(type: "TEXT", nullable: false, defaultValueSql: "'[]'"),
                    MapSteps = table.Column<string>(type: "TEXT", nullable: false, defaultValueSql: "'[]'"),
                    Storyboard = table.Column<string>(type: "TEXT", nullable: false, defaultValueSql: "'[]'"),
                    InterviewScript = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PrototypeUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Challenge = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DeciderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FacilitatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", nullable: false),
                    ServiceIds = table.Column<string>(type: "TEXT", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Sessions = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentExercise = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ExerciseStartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PausedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PausedFor = table.Column<long>(type: "INTEGER", nullable: false),
                    RevealedRounds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sprints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SprintDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Prediction = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ImprovementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProgrammeTemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BoardServiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StageName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintDecisions_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintFiles_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Exercise = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintNotes_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintTestAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Interview = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ByCustomer = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintTestAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintTestAnswers_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintTestLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Interview = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    IssuedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintTestLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintTestLinks_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SprintVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SprintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TargetKind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Dots = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SprintVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SprintVotes_Sprints_SprintId",
                        column: x => x.SprintId,
                        principalTable: "Sprints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceBlueprints_Subject_Number",
                table: "ServiceBlueprints",
                columns: new[] { "Subject", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprintDecisions_SprintId",
                table: "SprintDecisions",
                column: "SprintId");

            migrationBuilder.CreateIndex(
                name: "IX_SprintFiles_SprintId_UploadedAt",
                table: "SprintFiles",
                columns: new[] { "SprintId", "UploadedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SprintNotes_SprintId_Exercise",
                table: "SprintNotes",
                columns: new[] { "SprintId", "Exercise" });

            migrationBuilder.CreateIndex(
                name: "IX_Sprints_Status",
                table: "Sprints",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_SprintTestAnswers_SprintId_Interview_QuestionId",
                table: "SprintTestAnswers",
                columns: new[] { "SprintId", "Interview", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprintTestLinks_SprintId_Interview",
                table: "SprintTestLinks",
                columns: new[] { "SprintId", "Interview" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprintTestLinks_TokenHash",
                table: "SprintTestLinks",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SprintVotes_SprintId_Round_VoterId",
                table: "SprintVotes",
                columns: new[] { "SprintId", "Round", "VoterId" });

            migrationBuilder.CreateIndex(
                name: "IX_SprintVotes_TargetKind_TargetId",
                table: "SprintVotes",
                columns: new[] { "TargetKind", "TargetId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceBlueprints");

            migrationBuilder.DropTable(
                name: "SprintDecisions");

            migrationBuilder.DropTable(
                name: "SprintFiles");

            migrationBuilder.DropTable(
                name: "SprintNotes");

            migrationBuilder.DropTable(
                name: "SprintTestAnswers");

            migrationBuilder.DropTable(
                name: "SprintTestLinks");

            migrationBuilder.DropTable(
                name: "SprintVotes");

            migrationBuilder.DropTable(
                name: "Sprints");
        }
    }
}
