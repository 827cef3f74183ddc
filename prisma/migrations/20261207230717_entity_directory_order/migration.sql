-- CreateIndex
CREATE INDEX "Entity_type_articleCount_idx" ON "Entity"("type", "articleCount" DESC);

-- CreateIndex
CREATE INDEX "Entity_articleCount_idx" ON "Entity"("articleCount" DESC);
