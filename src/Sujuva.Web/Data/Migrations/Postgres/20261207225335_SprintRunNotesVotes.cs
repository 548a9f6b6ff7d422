using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sujuva.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SprintRunNotesVotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CurrentExercise",
                table: "Sprints",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExerciseStartedAt",
                table: "Sprints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PausedAt",
                table: "Sprints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PausedFor",
                table: "Sprints",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "RevealedRounds",
                table: "Sprints",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "SprintNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SprintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Exercise = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Theme = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "SprintVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SprintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TargetKind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    VoterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Dots = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "IX_SprintNotes_SprintId_Exercise",
                table: "SprintNotes",
                columns: new[] { "SprintId", "Exercise" });

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
                name: "SprintNotes");

            migrationBuilder.DropTable(
                name: "SprintVotes");

            migrationBuilder.DropColumn(
                name: "CurrentExercise",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "ExerciseStartedAt",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "PausedAt",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "PausedFor",
                table: "Sprints");

            migrationBuilder.DropColumn(
                name: "RevealedRounds",
                table: "Sprints");
        }
    }
}
