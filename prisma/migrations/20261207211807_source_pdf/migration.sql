-- AlterEnum
ALTER TYPE "SourceFormat" ADD VALUE 'PDF';

-- CreateTable
CREATE TABLE "SourcePdf" (
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourcePdf_pkey" PRIMARY KEY ("sha256")
);
