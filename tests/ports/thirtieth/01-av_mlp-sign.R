# av_mlp: the 2017 article's R code with its `=` assignments, its comments, its names and its
# order of statements, unindented, inside train(), by a porter who moves the parameters with
# R's slice assignment, wout[] = ..., as numpy's in-place += moves an array: the left-hand
# side keeps its dimensions, so the 1 x h and 1 x 1 biases stay rows. The hidden bias row is
# laid over the samples with matrix(bh, nrow=n, ncol=ncol(bh), byrow=TRUE), the output bias
# added as a number, c(bout). The losses are grown one epoch at a time, loss=c(loss, ...),
# as a Python list is appended to, the half mean of the squared errors.

#sigmoid function
sigmoid=function(x){
1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
epoch=epochs
n=nrow(X)
loss=numeric(0)
for(i in seq_len(epoch)){
# forward propagation
hidden_layer_input1=X%*%wh
hidden_layer_input=hidden_layer_input1+matrix(bh, nrow=n, ncol=ncol(bh), byrow=TRUE)
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+c(bout)
output=sigmoid(output_layer_input)
# Back Propagation
E=y-output
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout[]=wout+(t(hidden_layer_activations)%*%d_output)*lr
bout[]=bout-colSums(d_output)*lr
wh[]=wh+(t(X)%*%d_hiddenlayer)*lr
bh[]=bh+colSums(d_hiddenlayer)*lr
loss=c(loss, sum(E^2)/(2*n))
}
list(wh=wh, bh=bh, wout=wout, bout=bout, loss=loss)
}

predict=function(X, wh, bh, wout, bout){
n=nrow(X)
hidden_layer_activations=sigmoid(X%*%wh+matrix(bh, nrow=n, ncol=ncol(bh), byrow=TRUE))
sigmoid(hidden_layer_activations%*%wout+c(bout))
}
