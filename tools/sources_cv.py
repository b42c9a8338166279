#!/usr/bin/env python3
"""Sources: rules against a perceptron stacked on them, 5-fold cross-validation by document on the
train part of data/sources/v2 (items whose source is found). Run from the repository root after
`cargo build --release -p hearsay-cli`: python3 tools/sources_cv.py"""
import json,csv,sys,os,subprocess,random,re
from collections import defaultdict
csv.field_size_limit(10**9)
R='../shared/data'
fn={}
for row in csv.reader(open(R+'/fnc1/train_bodies.csv',encoding='utf-8')):
    fn[row[0]]=row[1]
def load(d):
    if d.startswith('fnc1/'): return fn[d[5:]].encode()
    _,sp,name=d.split('/',2); return open(f'{R}/polnear/{sp}/text/{name}','rb').read()
gold=[json.loads(l) for f in ['a','b'] for l in open(f'data/sources/v2/{f}.jsonl')]
BIN='./target/release/hearsay'
def analyze(d):
    b=load(d)
    out=subprocess.run([BIN,'analyze','-','--input','text'],input=b,capture_output=True).stdout
    return b,json.loads(out)
BIN='./target/release/hearsay'
items=[]
for d in sorted({g['doc'] for g in gold if g['split']=='train'}):
    b,o=analyze(d)
    for g in [g for g in gold if g['doc']==d]:
        s,e=g['start'],g['end']
        f=[x for x in o['sources'] if any(m['start']<e and s<m['end'] for m in x['mentions'])]
        if not f: continue
        x=f[0]
        ctx=b[e:e+40].decode('utf8','replace').lower().split()
        items.append((d,g,(x['type'],x['anonymous'],x['official']),x,ctx))
def feats(g,pred,x,ctx):
    m=g['mention']; w=re.findall(r"[\w'’-]+",m)
    F=['bias','rt=%s'%pred[0],'ra=%s'%pred[1],'ro=%s'%pred[2],'rall=%s'%(pred,)]
    if w:
        F+=['last=%s'%w[-1].lower(),'first=%s'%w[0].lower(),'n=%d'%min(len(w),5),'cap0=%s'%w[0][0].isupper(),
            'allcap=%s'%all(t[0].isupper() for t in w),'lastplural=%s'%w[-1].endswith('s')]
    F+=['named=%s'%(x['name'] is not None),'role=%s'%(x['role'] or '').split(' ')[-1].lower(),'verb=%s'%(ctx[0] if ctx else '')]
    return F
def train(data,label,epochs=10):
    W=defaultdict(float);A=defaultdict(float);c=1
    classes=sorted({label(it) for it in data},key=str)
    for ep in range(epochs):
        random.Random(ep).shuffle(data)
        for it in data:
            F=feats(*it[1:]); y=label(it)
            p=max(classes,key=lambda k:sum(W[(f,k)] for f in F))
            if p!=y:
                for f in F: W[(f,y)]+=1;W[(f,p)]-=1;A[(f,y)]+=c;A[(f,p)]-=c
            c+=1
    return {k:W[k]-A[k]/c for k in W},classes
docs=sorted({it[0] for it in items}); random.Random(1).shuffle(docs)
folds=[docs[i::5] for i in range(5)]
for li,name in enumerate(['type','anonymous','official']):
    key=['type','anonymous','official'][li]
    label=lambda it:it[1][key]
    rule=sum(it[2][li]==label(it) for it in items)
    learned=0
    for fd in folds:
        tr=[it for it in items if it[0] not in fd]; te=[it for it in items if it[0] in fd]
        W,cl=train(list(tr),label)
        for it in te:
            F=feats(*it[1:]); p=max(cl,key=lambda k:sum(W.get((f,k),0) for f in F))
            learned+=p==label(it)
    print(f'{name}: found items {len(items)}, rules {rule/len(items):.3f}, rules+perceptron (5-fold CV by document) {learned/len(items):.3f}')
